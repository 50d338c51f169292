using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using QommerceHub.Orders.Apis.Dtos;
using QommerceHub.Orders.Model;
using QommerceHub.Orders.Services;
using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.Orders.Apis;

public static partial class OrdersApi
{
    public const string InsufficientInventory = "Insufficient inventory";

    /// <summary>
    /// Places an order and waits briefly for Catalog: 201 when the stock is held, 409 with the shortfall when it is not,
    /// 202 with <c>stock_status = reserving</c> when Catalog has not answered yet.
    /// </summary>
    public static async Task<Results<Created<OrderResponse>, Accepted<OrderResponse>, ProblemHttpResult>> Place(
        PlaceOrderRequest request, OrderPlacement placement, CancellationToken ct)
    {
        var (input, errors) = PlaceOrderInput.Read(request);
        if (input is null) return InvalidOrderData(errors);

        var result = await placement.PlaceAsync(input.CustomerId, input.Lines, input.Notes, ct);
        switch (result)
        {
            case PlacementResult.CustomerNotFound:
                return NotFound("Customer not found", new FieldErrors().Add("customer_id", "No customer with this id in your store"));
            case PlacementResult.UnknownProducts unknown:
                return UnknownProducts(request, unknown.ProductIds);
        }

        var placed = (PlacementResult.Placed)result;
        using var watch = placed.Watch;
        var order = await placement.AwaitReservationAsync(placed.Order, watch, ct);
        var location = OrderPlacement.OrderLocation(order.Id);
        return order.StockStatus switch
        {
            StockStatus.Rejected => InsufficientStock(request, order),
            StockStatus.Reserving => TypedResults.Accepted(location, OrderResponse.WithItems(order)),
            _ => TypedResults.Created(location, OrderResponse.WithItems(order)),
        };
    }

    private static ProblemHttpResult UnknownProducts(PlaceOrderRequest request, IReadOnlyList<int> productIds)
    {
        var errors = new FieldErrors();
        foreach (var (index, productId) in ItemIndexes(request, productIds))
            errors.Add(Field(index, "inventory_id"), $"Item {productId} not found");
        var message = productIds.Count == 1 ? $"Item {productIds[0]} not found" : $"Items {string.Join(", ", productIds)} not found";
        return NotFound(message, errors);
    }

    private static ProblemHttpResult InsufficientStock(PlaceOrderRequest request, Order order)
    {
        var shortfalls = order.Shortfalls.Select(ShortfallResponse.From).ToList();
        var available = shortfalls.ToDictionary(s => s.InventoryId, s => s.Available);
        var details = ItemIndexes(request, available.Keys.ToList())
            .Select(x => new { field = Field(x.Index, "quantity"), message = $"Only {available[x.ProductId]} of item {x.ProductId} available" })
            .ToArray();
        // The original's sentence in error (400 there; ours 409), our explanation and the per-line shortfalls beside it.
        return ApiResults.Conflict(InsufficientInventory, new Dictionary<string, object?>
        {
            ["message"] = "Not enough stock for this order; it has been cancelled",
            ["details"] = details,
            ["shortfalls"] = shortfalls,
            ["order"] = OrderResponse.WithItems(order),
        });
    }

    /// <summary>The original's 400 sentence for a malformed order, with our field details.</summary>
    private static ProblemHttpResult InvalidOrderData(FieldErrors errors) =>
        ApiResults.Error(StatusCodes.Status400BadRequest, "Invalid order data", new Dictionary<string, object?>
        {
            ["details"] = errors.All.Select(e => new { field = e.Field, message = e.Message }).ToArray(),
            ["errors"] = errors.All.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
        });

    private static ProblemHttpResult NotFound(string message, FieldErrors errors) =>
        ApiResults.Error(StatusCodes.Status404NotFound, message, new Dictionary<string, object?>
        {
            ["details"] = errors.All.Select(e => new { field = e.Field, message = e.Message }).ToArray(),
        });

    private static IEnumerable<(int Index, int ProductId)> ItemIndexes(PlaceOrderRequest request, IReadOnlyCollection<int> productIds) =>
        (request.Items ?? []).Select((item, index) => (Index: index, ProductId: item?.InventoryId ?? 0))
            .Where(x => productIds.Contains(x.ProductId));

    private static string Field(int index, string name) => string.Create(CultureInfo.InvariantCulture, $"items[{index}].{name}");
}

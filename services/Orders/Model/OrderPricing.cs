namespace QommerceHub.Orders.Model;

/// <summary>A line as the client asked for it: which product and how many. Never a price.</summary>
public sealed record RequestedLine(int ProductId, int Quantity);

/// <summary>A line priced from the product replica.</summary>
public sealed record PricedLine(int ProductId, string ProductName, string Sku, int Quantity, decimal UnitPrice)
{
    public decimal LineTotal => decimal.Round(UnitPrice * Quantity, 2, MidpointRounding.AwayFromZero);
}

/// <summary>The replica's view of a product a customer may buy.</summary>
public sealed record SellableProduct(int Id, string Name, string Sku, decimal Price);

/// <summary>The result of pricing: either every line priced, or the products that cannot be sold.</summary>
public sealed record PricedOrder(IReadOnlyList<PricedLine> Lines, IReadOnlyList<int> UnknownProducts)
{
    public bool IsComplete => UnknownProducts.Count == 0;

    public decimal Total => Lines.Sum(l => l.LineTotal);
}

/// <summary>Prices an order from the store's own replica of the catalog; the client never sets a price.</summary>
public static class OrderPricing
{
    public static PricedOrder Price(IReadOnlyList<RequestedLine> lines, IReadOnlyDictionary<int, SellableProduct> sellable)
    {
        var priced = new List<PricedLine>(lines.Count);
        var unknown = new List<int>();
        foreach (var line in lines)
        {
            if (sellable.TryGetValue(line.ProductId, out var product))
                priced.Add(new PricedLine(product.Id, product.Name, product.Sku, line.Quantity, product.Price));
            else
                unknown.Add(line.ProductId);
        }
        return new PricedOrder(priced, unknown);
    }
}

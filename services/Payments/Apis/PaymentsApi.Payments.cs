using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using QommerceHub.Payments.Apis.Dtos;
using QommerceHub.Payments.Infrastructure;
using QommerceHub.Payments.Model;
using QommerceHub.Payments.Providers;
using QommerceHub.Payments.Services;
using QommerceHub.ServiceDefaults.Http;
using QommerceHub.ServiceDefaults.Tenancy;
using QommerceHub.ServiceDefaults.Workflows;

namespace QommerceHub.Payments.Apis;

public static partial class PaymentsApi
{
    public static async Task<Results<Ok<CreateIntentResponse>, ProblemHttpResult>> CreateIntent(
        CreateIntentRequest request, Checkouts checkouts, CancellationToken ct)
    {
        if (request.Order is not > 0)
            return ApiResults.Validation(new FieldErrors().Add("orderId", "Order id must be a positive integer"));
        Outcome<OpenIntent> outcome;
        try
        {
            outcome = await checkouts.OpenIntentAsync(request.Order.Value, ct);
        }
        catch (PaymentProviderException ex)
        {
            return ApiResults.Error(ex.Refused ? StatusCodes.Status409Conflict : StatusCodes.Status502BadGateway, ex.Message);
        }
        if (!outcome.Succeeded) return ApiResults.Problem(outcome);
        var (payment, clientSecret) = outcome.Value!;
        return TypedResults.Ok(new CreateIntentResponse(
            true, clientSecret, payment.PaymentIntentId, payment.Amount, payment.OrderId, payment.Currency, payment.Status, payment.Mode));
    }

    public static async Task<Results<Ok<PaymentStatusResponse>, ProblemHttpResult>> GetStatus(
        string paymentIntentId, PaymentsDbContext db, CancellationToken ct)
    {
        if (!IsIntentId(paymentIntentId))
            return ApiResults.Validation(new FieldErrors().Add("paymentIntentId", "Not a payment intent id"));
        var payment = await db.Payments.AsNoTracking().FirstOrDefaultAsync(p => p.PaymentIntentId == paymentIntentId, ct);
        return payment is null ? ApiResults.NotFound("Payment") : TypedResults.Ok(PaymentStatusResponse.From(payment));
    }

    /// <summary>
    /// Optional <c>Idempotency-Key</c> header: the same key answers the same refund however often it is sent.
    /// Without one, a request that finds an earlier refund still unsettled finishes and answers that one.
    /// </summary>
    public static async Task<Results<Ok<RefundResponse>, ProblemHttpResult>> Refund(
        RefundRequest request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, PaymentsDbContext db, Refunds refunds,
        TenantContext tenant, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (!IsIntentId(request.PaymentIntentId)) errors.Add("paymentIntentId", "Payment intent id is required");
        if (request.Amount is <= 0) errors.Add("amount", "Amount must be greater than 0");
        else if (request.Amount is { } amount && decimal.Round(amount, 2) != amount) errors.Add("amount", "Amount can have at most 2 decimal places");
        errors.Text("reason", request.Reason, 1, 500, required: false);
        if (idempotencyKey is not null && !ClientKey().IsMatch(idempotencyKey))
            errors.Add("Idempotency-Key", "Idempotency-Key must be 1-100 letters, digits, '-' or '_'");
        if (errors.Any) return ApiResults.Validation(errors);

        var outcome = await refunds.RefundOnRequestAsync(request.PaymentIntentId!, request.Amount, request.Reason?.Trim(), idempotencyKey, tenant.Id, ct);
        if (!outcome.Succeeded) return ApiResults.Problem(outcome);
        var payment = await db.Payments.AsNoTracking().FirstAsync(p => p.PaymentIntentId == request.PaymentIntentId, ct);
        return TypedResults.Ok(RefundResponse.From(payment, outcome.Value!));
    }

    public static async Task<Results<Ok<PaymentStatusResponse>, ProblemHttpResult>> ConfirmSimulated(
        SimulatedConfirmRequest request, SimulatedCheckout checkout, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (!IsIntentId(request.PaymentIntentId)) errors.Add("paymentIntentId", "Payment intent id is required");
        var card = TestCards.Outcome(request.CardNumber);
        if (card is null) errors.Add("cardNumber", "Use one of Stripe's test card numbers, e.g. 4242 4242 4242 4242 (simulated payments only)");
        if (errors.Any) return ApiResults.Validation(errors);

        var outcome = await checkout.ChargeAsync(request.PaymentIntentId!, card!, ct);
        if (!outcome.Succeeded) return ApiResults.Problem(outcome);
        var payment = outcome.Value!.Payment;
        if (card!.Succeeds) return TypedResults.Ok(PaymentStatusResponse.From(payment));
        // Stripe answers a declined confirmation with 402 and a card error; the simulation does the same.
        return ApiResults.Error(StatusCodes.Status402PaymentRequired, card.Message, new Dictionary<string, object?>
        {
            ["decline_code"] = card.DeclineCode,
            ["paymentIntentId"] = payment.PaymentIntentId,
            ["payment_status"] = payment.Status,
            ["mode"] = payment.Mode,
        });
    }

    private static bool IsIntentId(string? value) => value is not null && IntentId().IsMatch(value);

    [GeneratedRegex("^pi_[A-Za-z0-9_]{1,252}$")]
    private static partial Regex IntentId();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,100}$")]
    private static partial Regex ClientKey();
}

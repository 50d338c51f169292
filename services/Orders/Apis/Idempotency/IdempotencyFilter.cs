using Microsoft.Extensions.Options;
using QommerceHub.Orders.Model;
using QommerceHub.ServiceDefaults.Http;
using QommerceHub.ServiceDefaults.Tenancy;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace QommerceHub.Orders.Apis.Idempotency;

/// <summary>
/// Honours the <c>Idempotency-Key</c> header: a retry with the same key and body gets the first answer again,
/// the same key with a different body is 422, and a retry while the first is still running is 409. A first attempt
/// that died without an answer (its instance crashed) is taken over after its lease: the request runs again and
/// finds through <see cref="IdempotentRequest"/> what the dead attempt created. Requests without the header run as usual.
/// </summary>
internal sealed class IdempotencyFilter<TRequest, TResponse>(IdempotencyStore store, IOptions<JsonOptions> json) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!http.Request.Headers.TryGetValue(IdempotencyKeyRules.HeaderName, out var header)) return await next(context);
        var key = header.ToString();
        if (header.Count != 1 || !IdempotencyKeyRules.IsValid(key))
        {
            return ApiResults.Validation(new FieldErrors().Add(IdempotencyKeyRules.HeaderName,
                $"Send one Idempotency-Key of 1 to {IdempotencyKeyRules.MaxLength} visible ASCII characters"));
        }

        var tenantId = http.RequestServices.GetRequiredService<TenantContext>().Id;
        var body = context.Arguments.OfType<TRequest>().FirstOrDefault();
        var hash = RequestFingerprint.Of(http.Request.Method, http.Request.Path, body, json.Value.SerializerOptions);
        // Not cancelled with the request: a claim half-made by a vanishing client would block the key for a day.
        var claim = await store.ClaimAsync(tenantId, key, hash, CancellationToken.None);
        switch (claim.Outcome)
        {
            case ClaimOutcome.Mismatch:
                return ApiResults.Error(StatusCodes.Status422UnprocessableEntity, "This Idempotency-Key was already used for a different request");
            case ClaimOutcome.InProgress:
                return InProgress();
            case ClaimOutcome.Replay:
                return new StoredResponse(claim.Record!);
        }

        http.RequestServices.GetRequiredService<IdempotentRequest>()
            .Hold(key, claim.ClaimedAt, claim.Outcome == ClaimOutcome.Resumed ? claim.Record!.Location : null);
        object? result;
        try
        {
            result = await next(context);
        }
        catch (IdempotencyClaimLostException)
        {
            return InProgress();
        }
        catch
        {
            await store.ReleaseAsync(tenantId, key, claim.ClaimedAt);
            throw;
        }

        var captured = CapturedResponse.From<TResponse>(result, json.Value.SerializerOptions);
        if (captured is { StatusCode: < 500 }) await store.CompleteAsync(tenantId, key, claim.ClaimedAt, captured);
        else await store.ReleaseAsync(tenantId, key, claim.ClaimedAt);
        return result;
    }

    private static IResult InProgress() =>
        ApiResults.Conflict("A request with this Idempotency-Key is still being processed; retry shortly");
}

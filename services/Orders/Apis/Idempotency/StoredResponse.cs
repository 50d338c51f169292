using QommerceHub.Orders.Model;

namespace QommerceHub.Orders.Apis.Idempotency;

/// <summary>Replays the first answer given for an Idempotency-Key, byte for byte.</summary>
internal sealed class StoredResponse(IdempotencyRecord record) : IResult
{
    public const string ReplayedHeader = "Idempotent-Replayed";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = record.StatusCode ?? StatusCodes.Status200OK;
        response.Headers[ReplayedHeader] = "true";
        if (record.Location is not null) response.Headers.Location = record.Location;
        if (record.ResponseBody is null) return;
        response.ContentType = record.ContentType ?? "application/json";
        await response.WriteAsync(record.ResponseBody, httpContext.RequestAborted);
    }
}

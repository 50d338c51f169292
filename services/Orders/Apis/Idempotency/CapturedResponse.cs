using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace QommerceHub.Orders.Apis.Idempotency;

/// <summary>The parts of an endpoint's answer needed to give it again: status, body, content type and location.</summary>
internal sealed record CapturedResponse(int StatusCode, string? ContentType, string? Location, string? Body)
{
    public static CapturedResponse? From<TResponse>(object? result, JsonSerializerOptions options)
    {
        var inner = result is INestedHttpResult nested ? nested.Result : result as IResult;
        if (inner is null) return null;

        var status = (inner as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;
        var value = (inner as IValueHttpResult)?.Value;
        var body = value is null ? null : JsonSerializer.Serialize(value, value.GetType(), options);
        var contentType = inner is ProblemHttpResult ? "application/problem+json" : "application/json";
        var location = inner switch
        {
            Created<TResponse> created => created.Location,
            Accepted<TResponse> accepted => accepted.Location,
            _ => null,
        };
        return new CapturedResponse(status, contentType, location, body);
    }
}

using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace QommerceHub.Gateway.Security;

/// <summary>
/// Browsers' EventSource cannot send an Authorization header, so the live-update stream may carry the
/// token in <c>access_token</c>; only that path accepts it. The gateway forwards it as a header.
/// </summary>
public static class TokenFromQuery
{
    public static readonly PathString EventStreamPath = "/api/analytics/stream";

    public static void ForEventStreams(JwtBearerOptions options)
    {
        var previous = options.Events.OnMessageReceived;
        options.Events.OnMessageReceived = async ctx =>
        {
            await previous(ctx);
            var request = ctx.HttpContext.Request;
            if (request.Path.StartsWithSegments(EventStreamPath) && request.Query["access_token"].ToString() is { Length: > 0 } token)
            {
                ctx.Token = token;
                request.Headers.Authorization = "Bearer " + token;
            }
        };
    }
}

using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using QommerceHub.ServiceDefaults.Auth;

namespace QommerceHub.Analytics.Live;

/// <summary>
/// A Server-Sent Events response: <c>event: sales-updated</c> with a <see cref="SalesUpdate"/> whenever one of the
/// tenant's projections commits, and a comment line as heartbeat so proxies keep the connection open. The stream
/// ends when the access token it was opened with expires or is revoked (logout, password change, removal); the
/// browser reconnects with a fresh one, and a revoked session gets none.
/// </summary>
public sealed class SalesUpdateStream(
    SalesUpdateHub hub, Task listening, int tenantId, TimeSpan heartbeat, DateTimeOffset? tokenExpires, RevokedAccess.Watching revocation, TimeProvider clock) : IResult
{
    public const string EventName = "sales-updated";

    private static readonly TimeSpan maximumOpen = TimeSpan.FromDays(1);
    private static readonly JsonSerializerOptions json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        using var watching = revocation;
        using var tokenLifetime = new CancellationTokenSource(OpenFor(), clock);
        using var open = CancellationTokenSource.CreateLinkedTokenSource(httpContext.RequestAborted, tokenLifetime.Token, revocation.Revoked);
        var cancellationToken = open.Token;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        httpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        using var subscription = hub.Subscribe(tenantId);
        try
        {
            // "connected" promises every update from here on, so it waits until this instance hears them.
            await listening.WaitAsync(cancellationToken);
            await WriteAsync(response, ": connected\nretry: 5000\n\n", cancellationToken);
            await PumpAsync(response, subscription.Reader, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The dashboard went away or its token expired or was revoked; nothing to clean up beyond the subscription.
        }
    }

    private async Task PumpAsync(HttpResponse response, System.Threading.Channels.ChannelReader<SalesUpdate> reader, CancellationToken cancellationToken)
    {
        Task<bool>? waiting = null;
        while (true)
        {
            waiting ??= reader.WaitToReadAsync(cancellationToken).AsTask();
            using var beat = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var delay = Task.Delay(heartbeat, clock, beat.Token);
            if (await Task.WhenAny(waiting, delay) == delay)
            {
                await delay;
                await WriteAsync(response, ": heartbeat\n\n", cancellationToken);
                continue;
            }

            await beat.CancelAsync();
            if (!await waiting) return;
            waiting = null;
            var text = new StringBuilder();
            while (reader.TryRead(out var update))
                text.Append("event: ").Append(EventName).Append("\ndata: ").Append(JsonSerializer.Serialize(update, json)).Append("\n\n");
            await WriteAsync(response, text.ToString(), cancellationToken);
        }
    }

    /// <summary>Until the token expires; at most a day (timers take no longer waits), after which the browser reconnects.</summary>
    private TimeSpan OpenFor()
    {
        var left = (tokenExpires ?? DateTimeOffset.MaxValue) - clock.GetUtcNow();
        return left < TimeSpan.Zero ? TimeSpan.Zero : left > maximumOpen ? maximumOpen : left;
    }

    private static async Task WriteAsync(HttpResponse response, string text, CancellationToken cancellationToken)
    {
        await response.WriteAsync(text, cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }
}

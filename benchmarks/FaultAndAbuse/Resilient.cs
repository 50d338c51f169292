using System.Net;
using System.Text.Json.Nodes;

namespace QommerceHub.FaultAndAbuse;

/// <summary>
/// A call retried through crashes until it gets an answer the caller accepts: connection errors, time-outs, 5xx,
/// 429 and whatever <paramref name="retryOn"/> adds are tried again (with a fresh request) until the deadline.
/// </summary>
public static class Resilient
{
    public static readonly TimeSpan Deadline = TimeSpan.FromMinutes(3);

    public static async Task<(HttpStatusCode Status, JsonObject Body)> SendAsync(
        HttpClient http, Func<HttpRequestMessage> request, Func<HttpStatusCode, JsonObject, bool>? retryOn = null)
    {
        var deadline = DateTime.UtcNow + Deadline;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var response = await http.SendAsync(request());
                var text = await response.Content.ReadAsStringAsync();
                var body = text.StartsWith('{') ? (JsonObject)JsonNode.Parse(text)! : [];
                var transient = (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests
                    || retryOn?.Invoke(response.StatusCode, body) == true;
                if (!transient || DateTime.UtcNow > deadline) return (response.StatusCode, body);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                if (DateTime.UtcNow > deadline) throw new TimeoutException($"No answer within {Deadline}", ex);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(100 * attempt, 1000)));
        }
    }

    public static Task<(HttpStatusCode Status, JsonObject Body)> GetAsync(HttpClient http, string path) =>
        SendAsync(http, () => new HttpRequestMessage(HttpMethod.Get, path));

    /// <summary>Every item of a list endpoint, page by page (the original's <c>{items, pagination}</c> envelope).</summary>
    public static async Task<List<JsonObject>> AllPagesAsync(HttpClient http, string path)
    {
        var all = new List<JsonObject>();
        var separator = path.Contains('?') ? '&' : '?';
        for (var page = 1; ; page++)
        {
            var (status, body) = await GetAsync(http, $"{path}{separator}limit=100&page={page}");
            if (status != HttpStatusCode.OK) throw new InvalidOperationException($"{path}: {(int)status} {body.ToJsonString()}");
            all.AddRange(body["items"]!.AsArray().Select(i => i!.AsObject()));
            if (page >= body["pagination"]!["totalPages"]!.GetValue<int>()) return all;
        }
    }
}

using System.Text.Json.Nodes;

namespace QommerceHub.Analytics.Tests.Support;

/// <summary>Reads a Server-Sent Events response the way a browser's EventSource does.</summary>
public sealed class EventStream(HttpResponseMessage response, StreamReader reader) : IDisposable
{
    public HttpResponseMessage Response => response;

    /// <summary>Opens the stream and reads its opening comment, after which the server is listening for the store.</summary>
    public static async Task<EventStream> OpenAsync(HttpClient client, string path = "/api/analytics/stream")
    {
        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, path), HttpCompletionOption.ResponseHeadersRead);
        var stream = new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
        if (response.IsSuccessStatusCode) await stream.NextBlockAsync(TimeSpan.FromSeconds(10));
        return stream;
    }

    /// <summary>The next <c>event:</c> block, skipping comments; its name and parsed data.</summary>
    public async Task<(string Name, JsonNode Data)> NextEventAsync(TimeSpan timeout)
    {
        while (true)
        {
            var block = await NextBlockAsync(timeout);
            var name = block.FirstOrDefault(l => l.StartsWith("event: ", StringComparison.Ordinal))?[7..];
            var data = block.FirstOrDefault(l => l.StartsWith("data: ", StringComparison.Ordinal))?[6..];
            if (name is not null && data is not null) return (name, JsonNode.Parse(data)!);
        }
    }

    /// <summary>The lines up to the next blank line.</summary>
    public async Task<IReadOnlyList<string>> NextBlockAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        var lines = new List<string>();
        while (true)
        {
            var line = await reader.ReadLineAsync(cancellation.Token) ?? throw new EndOfStreamException("The event stream ended");
            if (line.Length == 0 && lines.Count > 0) return lines;
            if (line.Length > 0) lines.Add(line);
        }
    }

    /// <summary>Reads until the server closes the stream; fails if it is still open after the timeout.</summary>
    public async Task WaitForEndAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        while (await reader.ReadLineAsync(cancellation.Token) is not null)
        {
            // Heartbeats and events before the end are of no interest here.
        }
    }

    public void Dispose()
    {
        reader.Dispose();
        response.Dispose();
    }
}

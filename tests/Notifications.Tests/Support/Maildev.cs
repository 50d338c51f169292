using System.Text.Json.Nodes;
using QommerceHub.Testing;

namespace QommerceHub.Notifications.Tests.Support;

public sealed record ReceivedAttachment(string FileName, string ContentType, string GeneratedFileName);

public sealed record ReceivedEmail(string Id, string Subject, IReadOnlyList<string> To, string Html, string Text, IReadOnlyList<ReceivedAttachment> Attachments);

/// <summary>maildev's REST API: the emails that really went over SMTP.</summary>
public sealed class Maildev(Uri emailsUrl) : IDisposable
{
    private readonly HttpClient http = new();

    public async Task<IReadOnlyList<ReceivedEmail>> ToAsync(string recipient)
    {
        var list = JsonNode.Parse(await http.GetStringAsync(emailsUrl))!.AsArray();
        return list.Select(Read).Where(e => e.To.Contains(recipient, StringComparer.OrdinalIgnoreCase)).ToList();
    }

    /// <summary>Polls until <paramref name="count"/> emails have reached the address.</summary>
    public Task<IReadOnlyList<ReceivedEmail>> WaitForAsync(string recipient, int count = 1, int seconds = 20) =>
        Eventually.Until(() => ToAsync(recipient), e => e.Count >= count, TimeSpan.FromSeconds(seconds), $"{count} email(s) to {recipient}");

    public Task<byte[]> AttachmentAsync(ReceivedEmail email, ReceivedAttachment attachment) =>
        http.GetByteArrayAsync($"{emailsUrl.ToString().TrimEnd('/')}/{email.Id}/attachment/{Uri.EscapeDataString(attachment.GeneratedFileName)}");

    public void Dispose() => http.Dispose();

    private static ReceivedEmail Read(JsonNode? node) => new(
        node!["id"]!.GetValue<string>(),
        node["subject"]?.GetValue<string>() ?? "",
        node["to"]?.AsArray().Select(t => t!["address"]!.GetValue<string>()).ToList() ?? [],
        node["html"]?.GetValue<string>() ?? "",
        node["text"]?.GetValue<string>() ?? "",
        node["attachments"]?.AsArray().Select(a => new ReceivedAttachment(
            a!["fileName"]?.GetValue<string>() ?? a["filename"]?.GetValue<string>() ?? "",
            a["contentType"]?.GetValue<string>() ?? "",
            a["generatedFileName"]?.GetValue<string>() ?? "")).ToList() ?? []);
}

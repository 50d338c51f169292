using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace QommerceHub.Testing;

public sealed record MaildevAddress(string Address, string? Name);

public sealed record MaildevAttachment(
    [property: JsonPropertyName("fileName")] string FileName,
    [property: JsonPropertyName("contentType")] string ContentType,
    [property: JsonPropertyName("generatedFileName")] string? GeneratedFileName);

public sealed record MaildevEmail(
    string Id,
    string Subject,
    IReadOnlyList<MaildevAddress> To,
    string Html,
    string Text,
    IReadOnlyList<MaildevAttachment> Attachments);

/// <summary>Reads what the real SMTP server (maildev) received, through its REST API.</summary>
public sealed class MaildevInbox(Uri emailsUrl)
{
    private readonly HttpClient http = new();

    public async Task<IReadOnlyList<MaildevEmail>> EmailsToAsync(string address)
    {
        var all = await http.GetFromJsonAsync<List<MaildevEmail>>(emailsUrl) ?? [];
        // maildev leaves out the parts a message does not have: a text-only email has no html, most no attachments.
        return all
            .Where(e => e.To.Any(t => string.Equals(t.Address, address, StringComparison.OrdinalIgnoreCase)))
            .Select(e => e with { Html = e.Html ?? "", Text = e.Text ?? "", Attachments = e.Attachments ?? [] })
            .ToList();
    }

    /// <summary>Polls until at least <paramref name="count"/> emails have reached the address.</summary>
    public Task<IReadOnlyList<MaildevEmail>> WaitForEmailsAsync(string address, int count = 1, TimeSpan? timeout = null) =>
        Eventually.Until(() => EmailsToAsync(address), found => found.Count >= count, timeout ?? TimeSpan.FromSeconds(20), $"{count} email(s) to {address}");

    /// <summary>Polls until an email to that address whose subject contains the text has arrived.</summary>
    public async Task<MaildevEmail> WaitForAsync(string address, string subjectContains, TimeSpan? timeout = null)
    {
        var emails = await Eventually.Until(
            () => EmailsToAsync(address),
            found => found.Any(e => e.Subject.Contains(subjectContains, StringComparison.OrdinalIgnoreCase)),
            timeout ?? TimeSpan.FromSeconds(30),
            $"an email to {address} about '{subjectContains}'");
        return emails.First(e => e.Subject.Contains(subjectContains, StringComparison.OrdinalIgnoreCase));
    }

    public Task<byte[]> AttachmentAsync(MaildevEmail email, MaildevAttachment attachment) =>
        http.GetByteArrayAsync($"{emailsUrl.AbsoluteUri.TrimEnd('/')}/{email.Id}/attachment/{Uri.EscapeDataString(attachment.GeneratedFileName ?? attachment.FileName)}");

    /// <summary>The value of a query parameter in the first link of the email's text that contains the page name.</summary>
    public static string LinkToken(MaildevEmail email, string page)
    {
        var text = email.Text ?? "";
        var start = text.IndexOf(page, StringComparison.Ordinal);
        if (start < 0) throw new InvalidOperationException($"No link to {page} in: {text}");
        var tokenStart = text.IndexOf("token=", start, StringComparison.Ordinal) + "token=".Length;
        var end = tokenStart;
        while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
        return Uri.UnescapeDataString(text[tokenStart..end]);
    }
}

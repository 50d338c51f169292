using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;

namespace QommerceHub.Notifications.Rendering;

public sealed record RenderedMail(string Subject, string Html, string Text);

/// <summary>
/// Renders the email templates in <c>Templates/</c>: <c>{{Name}}</c> placeholders are HTML-encoded in the
/// HTML part (so user data can never inject markup) and left plain in the subject and text part. Only the
/// layout's <c>{{{Body}}}</c> takes already-rendered HTML. A placeholder without a value is an error.
/// </summary>
public sealed partial class TemplateRenderer(string templateRoot)
{
    private readonly ConcurrentDictionary<string, string> cache = new();

    public RenderedMail Render(string template, IReadOnlyDictionary<string, string?> values, StoreBranding branding)
    {
        var subject = Fill(Load($"{template}.subject.txt").Trim(), values, encode: false);
        var body = Fill(Load($"{template}.html"), values, encode: true);
        var layoutValues = new Dictionary<string, string?>(branding.ToValues()) { ["Subject"] = subject };
        var html = Fill(Load("_layout.html"), layoutValues, encode: true).Replace("{{{Body}}}", body, StringComparison.Ordinal);
        var text = Fill(Load($"{template}.txt"), values, encode: false) + $"\n\n-- \n{branding.StoreName}\n";
        return new RenderedMail(subject, html, text);
    }

    private string Load(string file) =>
        cache.GetOrAdd(file, f => File.ReadAllText(Path.Combine(templateRoot, f)));

    private static string Fill(string template, IReadOnlyDictionary<string, string?> values, bool encode) =>
        Placeholder().Replace(template, match =>
        {
            var name = match.Groups[1].Value;
            if (!values.TryGetValue(name, out var value))
                throw new InvalidOperationException($"Template placeholder '{name}' has no value");
            return encode ? WebUtility.HtmlEncode(value ?? "") : value ?? "";
        });

    // Matches {{Name}} but not the layout's {{{Body}}}.
    [GeneratedRegex(@"(?<!\{)\{\{([A-Za-z][A-Za-z0-9]*)\}\}(?!\})")]
    private static partial Regex Placeholder();
}

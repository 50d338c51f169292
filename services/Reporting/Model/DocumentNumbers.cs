using System.Globalization;

namespace QommerceHub.Reporting.Model;

public enum DocumentKind
{
    Invoice,
    CreditNote,
}

/// <summary>How invoice and credit-note numbers look: a prefix per kind and a six-digit, per-tenant sequence.</summary>
public static class DocumentNumbers
{
    public static string Prefix(DocumentKind kind) => kind switch
    {
        DocumentKind.Invoice => "INV",
        DocumentKind.CreditNote => "CN",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Format(DocumentKind kind, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sequence);
        return $"{Prefix(kind)}-{sequence.ToString("D6", CultureInfo.InvariantCulture)}";
    }

    /// <summary>The kind's name in events and APIs.</summary>
    public static string EventName(DocumentKind kind) => kind == DocumentKind.Invoice ? "invoice" : "credit_note";

    public static string FileName(DocumentKind kind, string number) =>
        $"{(kind == DocumentKind.Invoice ? "invoice" : "credit-note")}-{number}.pdf";

    /// <summary>The kind of a well-formed number such as <c>CN-000042</c>, or null.</summary>
    public static DocumentKind? KindOf(string? number)
    {
        foreach (var kind in Enum.GetValues<DocumentKind>())
        {
            var prefix = Prefix(kind) + "-";
            if (number is not null && number.Length == prefix.Length + 6 && number.StartsWith(prefix, StringComparison.Ordinal) &&
                number[prefix.Length..].All(char.IsAsciiDigit) && number[prefix.Length..] != "000000")
                return kind;
        }
        return null;
    }
}

namespace QommerceHub.Catalog.Model;

public enum BarcodeFormat
{
    Ean13,
    UpcA,
    Code128,
    Code39,
}

/// <summary>A validated barcode value; EAN-13 and UPC-A carry a check digit that must be right.</summary>
public sealed record Barcode(string Value, BarcodeFormat Format)
{
    public const int MaxLength = 64;
    private const string Code39Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ -.$/+%";

    public string FormatName => Format switch
    {
        BarcodeFormat.Ean13 => "ean13",
        BarcodeFormat.UpcA => "upca",
        BarcodeFormat.Code128 => "code128",
        _ => "code39",
    };

    /// <summary>A UPC-A code is the EAN-13 code with a leading zero, so both find the same item.</summary>
    public string LookupKey => Format == BarcodeFormat.UpcA ? "0" + Value : Value;

    /// <summary>Parses a value in the given format, or guesses: 12/13 digits are UPC-A/EAN-13, then Code 39, then Code 128.</summary>
    public static (Barcode? Barcode, string? Problem) Parse(string? value, string? format)
    {
        if (string.IsNullOrWhiteSpace(value)) return (null, "Barcode must not be empty");
        value = value.Trim();
        if (value.Length > MaxLength) return (null, $"Barcode must be at most {MaxLength} characters");
        if (format is null) return Parse(value, Guess(value));
        return TryFormat(format, out var parsed)
            ? Parse(value, parsed)
            : (null, "Barcode format must be one of ean13, upca, code128, code39");
    }

    public static (Barcode? Barcode, string? Problem) Parse(string value, BarcodeFormat format)
    {
        var problem = format switch
        {
            BarcodeFormat.Ean13 => CheckGs1(value, 13, "EAN-13"),
            BarcodeFormat.UpcA => CheckGs1(value, 12, "UPC-A"),
            BarcodeFormat.Code39 => value.All(Code39Alphabet.Contains) ? null
                : "A Code 39 barcode may contain only A-Z, 0-9, space and - . $ / + %",
            _ => value.All(c => c is >= ' ' and <= '~') ? null
                : "A Code 128 barcode may contain only printable ASCII characters",
        };
        return problem is null ? (new Barcode(value, format), null) : (null, problem);
    }

    /// <summary>The key a scanned code is stored under, or null when it cannot be a valid barcode.</summary>
    public static string? LookupKeyFor(string scanned)
    {
        var (barcode, _) = Parse(scanned, (string?)null);
        return barcode?.LookupKey;
    }

    /// <summary>GS1 modulo-10 check digit over the digits before it (weights 3,1,3,… from the right).</summary>
    public static int Gs1CheckDigit(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }
        return (10 - (sum % 10)) % 10;
    }

    private static string? CheckGs1(string value, int length, string name)
    {
        if (value.Length != length || !value.All(char.IsAsciiDigit))
            return $"An {name} barcode must be exactly {length} digits";
        var expected = Gs1CheckDigit(value.AsSpan(0, length - 1));
        return value[^1] - '0' == expected ? null : $"The {name} check digit is wrong (expected {expected})";
    }

    private static BarcodeFormat Guess(string value) => value switch
    {
        _ when value.All(char.IsAsciiDigit) && value.Length == 13 => BarcodeFormat.Ean13,
        _ when value.All(char.IsAsciiDigit) && value.Length == 12 => BarcodeFormat.UpcA,
        _ when value.All(Code39Alphabet.Contains) => BarcodeFormat.Code39,
        _ => BarcodeFormat.Code128,
    };

    private static bool TryFormat(string format, out BarcodeFormat parsed)
    {
        var key = format.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).ToUpperInvariant();
        (var ok, parsed) = key switch
        {
            "EAN13" => (true, BarcodeFormat.Ean13),
            "UPCA" or "UPC" => (true, BarcodeFormat.UpcA),
            "CODE128" => (true, BarcodeFormat.Code128),
            "CODE39" => (true, BarcodeFormat.Code39),
            _ => (false, default),
        };
        return ok;
    }
}

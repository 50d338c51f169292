namespace QommerceHub.BrowserTests.Pictures;

/// <summary>EAN-13 as the 95 modules of a printed barcode (true = black bar), from 12 digits plus the computed check digit.</summary>
public static class Ean13
{
    private static readonly string[] leftOdd =
        ["0001101", "0011001", "0010011", "0111101", "0100011", "0110001", "0101111", "0111011", "0110111", "0001011"];

    // The first digit is not drawn: it is carried by which left-hand digits use the even-parity (G) code.
    private static readonly string[] parity =
        ["LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG", "LGGLLG", "LGGGLL", "LGLGLG", "LGLGGL", "LGGLGL"];

    /// <summary>The full 13-digit code for 12 digits.</summary>
    public static string WithCheckDigit(string twelveDigits)
    {
        if (twelveDigits.Length != 12 || !twelveDigits.All(char.IsAsciiDigit))
            throw new ArgumentException("An EAN-13 needs 12 digits before its check digit.", nameof(twelveDigits));
        var sum = twelveDigits.Select((c, i) => (c - '0') * (i % 2 == 0 ? 1 : 3)).Sum();
        return twelveDigits + (char)('0' + (10 - sum % 10) % 10);
    }

    public static bool[] Modules(string code)
    {
        if (code.Length != 13 || WithCheckDigit(code[..12]) != code)
            throw new ArgumentException($"'{code}' is not a valid EAN-13.", nameof(code));
        var pattern = "101";
        for (var i = 1; i <= 6; i++)
        {
            var digit = code[i] - '0';
            pattern += parity[code[0] - '0'][i - 1] == 'L' ? leftOdd[digit] : Reverse(Invert(leftOdd[digit]));
        }
        pattern += "01010";
        for (var i = 7; i <= 12; i++) pattern += Invert(leftOdd[code[i] - '0']);
        pattern += "101";
        return pattern.Select(c => c == '1').ToArray();
    }

    private static string Invert(string bits) => new(bits.Select(c => c == '1' ? '0' : '1').ToArray());

    private static string Reverse(string bits) => new(bits.Reverse().ToArray());
}

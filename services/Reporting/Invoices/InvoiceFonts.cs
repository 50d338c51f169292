using PdfSharp.Fonts;

namespace QommerceHub.Reporting.Invoices;

public sealed class InvoiceFontSettings
{
    public string RegularFontFile { get; set; } = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    public string BoldFontFile { get; set; } = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
}

/// <summary>
/// PDFsharp needs the font files themselves; every family the renderer asks for maps to DejaVu Sans from Debian's
/// fonts-dejavu-core, which covers Latin, Greek and Cyrillic names. PDFsharp's resolver is process-wide, so it is
/// installed once.
/// </summary>
public static class InvoiceFonts
{
    private static readonly Lock gate = new();

    public static void Install(InvoiceFontSettings settings)
    {
        lock (gate)
        {
            if (GlobalFontSettings.FontResolver is DejaVuFontResolver) return;
            GlobalFontSettings.FontResolver = new DejaVuFontResolver(
                File.ReadAllBytes(settings.RegularFontFile), File.ReadAllBytes(settings.BoldFontFile));
        }
    }

    private sealed class DejaVuFontResolver(byte[] regular, byte[] bold) : IFontResolver
    {
        private const string RegularFace = "DejaVuSans";
        private const string BoldFace = "DejaVuSans-Bold";

        public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
            new(isBold ? BoldFace : RegularFace, false, isItalic);

        public byte[] GetFont(string faceName) => faceName == BoldFace ? bold : regular;
    }
}

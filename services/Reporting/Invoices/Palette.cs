using System.Globalization;
using PdfSharp.Drawing;
using QommerceHub.Reporting.Model;

namespace QommerceHub.Reporting.Invoices;

/// <summary>The store's colours as PDFsharp brushes and pens.</summary>
internal sealed record Palette(XBrush PrimaryBrush, XBrush AccentBrush, XPen AccentPen, XBrush TextBrush, XBrush MutedBrush, XPen RulePen)
{
    public static Palette From(StoreBrand brand)
    {
        var accent = Colour(brand.AccentColor);
        return new Palette(
            new XSolidBrush(Colour(brand.PrimaryColor)),
            new XSolidBrush(accent),
            new XPen(accent, 1.5),
            new XSolidBrush(Colour(brand.TextColor)),
            new XSolidBrush(XColor.FromArgb(0x6c, 0x75, 0x7d)),
            new XPen(XColor.FromArgb(0xde, 0xe2, 0xe6), 0.5));
    }

    /// <summary>A checked <c>#rrggbb</c> colour (see <see cref="StoreBrand"/>).</summary>
    private static XColor Colour(string hex) => XColor.FromArgb(
        int.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        int.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        int.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
}

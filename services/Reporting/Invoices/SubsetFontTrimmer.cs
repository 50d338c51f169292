using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace QommerceHub.Reporting.Invoices;

/// <summary>
/// Shrinks the font subsets PDFsharp embeds to what they need. PDFsharp's subset keeps a slot for every glyph of the
/// font: the outlines it leaves out are gone, but their horizontal metrics stay (hmtx, 4 bytes a glyph: 25 KB for
/// DejaVu Sans, 9 KB compressed, per font), which made up 40 % of an invoice. Viewers take a CID font's widths from
/// the PDF's <c>/W</c> arrays, so the metrics of the glyphs that no <c>/W</c> lists and that have no outline are
/// zeroed, and the font streams and the cross-reference table are written again.
/// </summary>
/// <remarks>
/// Written for PDFsharp's output (a classic cross-reference table, font programs as
/// <c>&lt;&lt;/Length1 n/Filter/FlateDecode/Length m&gt;&gt;</c> streams); a PDF in any other shape is returned unchanged.
/// </remarks>
internal static partial class SubsetFontTrimmer
{
    public static byte[] Trim(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf); // one char per byte, so indexes are byte offsets
        var xrefAt = CrossReferenceOffset(text);
        var fonts = FontStream().Matches(text).Where(m => m.Index < xrefAt).ToList();
        if (xrefAt is null || fonts.Count == 0) return pdf;

        var shown = ShownGlyphs(text);
        using var output = new MemoryStream(pdf.Length);
        var shifts = new List<(int From, int By)>();
        var copied = 0;
        foreach (var font in fonts)
        {
            var dataAt = font.Index + font.Length;
            var length = int.Parse(font.Groups["length"].Value, CultureInfo.InvariantCulture);
            if (Trimmed(pdf.AsSpan(dataAt, length), shown) is not { } program) return pdf;

            output.Write(pdf, copied, font.Index - copied);
            var header = Encoding.ASCII.GetBytes(
                $"<</Length1 {program.Length1}/Filter/FlateDecode/Length {program.Compressed.Length}>>\nstream\n");
            output.Write(header);
            output.Write(program.Compressed);
            copied = dataAt + length;
            shifts.Add((copied, header.Length + program.Compressed.Length - (font.Length + length)));
        }
        output.Write(pdf, copied, xrefAt.Value - copied);
        return WriteCrossReference(text, xrefAt.Value, shifts, output) ? output.ToArray() : pdf;
    }

    private sealed record FontProgram(int Length1, byte[] Compressed);

    /// <summary>The font program with the unshown glyphs' metrics zeroed, compressed again; null if it is no TrueType font.</summary>
    private static FontProgram? Trimmed(ReadOnlySpan<byte> compressed, HashSet<int> shown)
    {
        byte[] font;
        try
        {
            using var inflater = new ZLibStream(new MemoryStream(compressed.ToArray()), CompressionMode.Decompress);
            using var inflated = new MemoryStream();
            inflater.CopyTo(inflated);
            font = inflated.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }

        if (!TrueTypeMetrics.ZeroUnshown(font, shown)) return null;
        using var deflated = new MemoryStream();
        using (var deflater = new ZLibStream(deflated, CompressionLevel.Optimal, leaveOpen: true)) deflater.Write(font);
        return new FontProgram(font.Length, deflated.ToArray());
    }

    /// <summary>Every glyph id any <c>/W</c> array lists (PDFsharp writes them as <c>gid[width …]</c>).</summary>
    private static HashSet<int> ShownGlyphs(string text)
    {
        var shown = new HashSet<int>();
        var runs = WidthsArray().Matches(text).SelectMany(widths => WidthRun().Matches(widths.Groups["runs"].Value));
        foreach (var run in runs)
        {
            var first = int.Parse(run.Groups["first"].Value, CultureInfo.InvariantCulture);
            var count = run.Groups["widths"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            for (var glyph = first; glyph < first + count; glyph++) shown.Add(glyph);
        }
        return shown;
    }

    private static int? CrossReferenceOffset(string text)
    {
        var match = StartXref().Match(text);
        if (!match.Success) return null;
        var at = int.Parse(match.Groups["offset"].Value, CultureInfo.InvariantCulture);
        return at < text.Length && string.CompareOrdinal(text, at, "xref", 0, 4) == 0 ? at : null;
    }

    /// <summary>The table with each object's offset moved by the streams rewritten before it, then the trailer as it was.</summary>
    private static bool WriteCrossReference(string text, int xrefAt, List<(int From, int By)> shifts, MemoryStream output)
    {
        var table = XrefTable().Match(text, xrefAt);
        if (!table.Success || table.Index != xrefAt) return false;

        var newXrefAt = (int)output.Position;
        var rewritten = new StringBuilder(table.Length);
        rewritten.Append(table.Groups["head"].Value);
        foreach (Capture entry in table.Groups["entry"].Captures)
        {
            var offset = long.Parse(entry.Value.AsSpan(0, 10), CultureInfo.InvariantCulture);
            if (entry.Value[17] == 'n') offset += shifts.Where(s => s.From <= offset).Sum(s => s.By);
            rewritten.Append(offset.ToString("D10", CultureInfo.InvariantCulture)).Append(entry.Value.AsSpan(10));
        }
        var trailerAt = table.Index + table.Length;
        var startXref = StartXref().Match(text);
        rewritten.Append(text, trailerAt, startXref.Index - trailerAt);
        rewritten.Append(CultureInfo.InvariantCulture, $"startxref\n{newXrefAt}\n%%EOF\n");
        output.Write(Encoding.Latin1.GetBytes(rewritten.ToString()));
        return true;
    }

    [GeneratedRegex(@"<</Length1 (?<length1>\d+)/Filter/FlateDecode/Length (?<length>\d+)>>\nstream\n")]
    private static partial Regex FontStream();

    [GeneratedRegex(@"/W\[(?<runs>[\d\[\] .]*)\]")]
    private static partial Regex WidthsArray();

    [GeneratedRegex(@"(?<first>\d+)\s*\[(?<widths>[\d .]*)\]")]
    private static partial Regex WidthRun();

    [GeneratedRegex(@"startxref\s+(?<offset>\d+)\s+%%EOF\s*$")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"\G(?<head>xref\n0 \d+\n)(?<entry>\d{10} \d{5} [nf] ?\r?\n)+")]
    private static partial Regex XrefTable();
}

using System.Diagnostics;

namespace QommerceHub.Reporting.Tests.Support;

/// <summary>A PDF as poppler (Debian package poppler-utils) reads it: its text, and its first page drawn.</summary>
public static class PdfText
{
    /// <summary>The text as <c>pdftotext</c> extracts it.</summary>
    public static async Task<string> ExtractAsync(byte[] pdf) =>
        System.Text.Encoding.UTF8.GetString(await PopplerAsync(pdf, "pdftotext", ["-layout", "-enc", "UTF-8"], "-"));

    /// <summary>The first page as <c>pdftoppm</c> draws it, in PNG: drawing uses every embedded font's glyphs.</summary>
    public static Task<byte[]> RenderFirstPageAsync(byte[] pdf) =>
        PopplerAsync(pdf, "pdftoppm", ["-png", "-r", "72", "-f", "1", "-l", "1", "-singlefile"], null);

    private static async Task<byte[]> PopplerAsync(byte[] pdf, string tool, string[] options, string? outputArgument)
    {
        var file = Path.Combine(Path.GetTempPath(), $"reporting-test-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            string[] arguments = outputArgument is null ? [.. options, file] : [.. options, file, outputArgument];
            using var process = Process.Start(new ProcessStartInfo(tool, arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            }) ?? throw new InvalidOperationException($"{tool} did not start (apt-get install poppler-utils)");
            using var output = new MemoryStream();
            var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
            var errors = await process.StandardError.ReadToEndAsync();
            await copy;
            await process.WaitForExitAsync();
            // poppler reports a damaged file (a wrong cross-reference offset, a broken font) on stderr and carries on.
            if (process.ExitCode != 0 || errors.Length > 0) throw new InvalidOperationException($"{tool} failed or complained: {errors}");
            return output.ToArray();
        }
        finally
        {
            File.Delete(file);
        }
    }
}

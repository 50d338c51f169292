using CsvHelper;

namespace QommerceHub.Reporting.Exports;

/// <summary>The CSV settings every export shares.</summary>
internal static class CsvExportWriter
{
    /// <summary>
    /// Text cells starting with = + - @, tab or CR get a leading apostrophe (and quotes), so a spreadsheet shows
    /// them as text instead of running them as formulas. Numbers and dates are written as such and never touched.
    /// </summary>
    public static readonly CsvWriterOptions Options = new()
    {
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = true,
    };

    public static CsvWriter Create(Stream output) => CsvWriter.Create(output, Options, leaveOpen: true);

    public const string DateFormat = "yyyy-MM-dd HH:mm:ss";
    public const string MoneyFormat = "0.00";
}

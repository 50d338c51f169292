using CsvHelper;

namespace QommerceHub.Catalog.Services;

/// <summary>Reads the import file's rows as text; broken lines become row errors instead of aborting the read.</summary>
public static class InventoryCsvReader
{
    public static readonly IReadOnlyList<string> Required = ["name", "sku", "price"];
    public static readonly IReadOnlyList<string> Optional = ["quantity", "barcode", "barcode_format", "low_stock_threshold", "reorder_point"];

    public static async Task<(List<InventoryCsvRow> Rows, List<ImportRowError> Errors)> ReadAsync(Stream csv, int maxRows, CancellationToken cancellationToken)
    {
        var rows = new List<InventoryCsvRow>();
        var errors = new List<ImportRowError>();
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = true,
            TrimWhitespace = true,
            // One bad quote must not swallow the rest of the file: a line break always ends the row.
            AllowLineBreaksInQuotes = false,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            OnMalformedRecord = bad => errors.Add(new ImportRowError((int)bad.LineNumber, "row", Describe(bad))),
            MaxRecordSize = 64 * 1024,
        };
        await using var reader = CsvReader.Create(csv, options, true);
        await reader.ReadHeaderAsync(cancellationToken);
        var columns = reader.Headers.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        if (columns.Length == 0) return (rows, [new ImportRowError(1, "file", "The file is empty; it needs a header row")]);
        errors.AddRange(HeaderProblems(columns));
        if (errors.Count > 0) return (rows, errors);

        while (await reader.ReadAsync(cancellationToken))
        {
            if (rows.Count + errors.Count >= maxRows)
            {
                errors.Add(new ImportRowError((int)reader.LineNumber, "file", $"The file has more than {maxRows} rows"));
                break;
            }
            rows.Add(ToRow(reader, columns));
        }
        return (rows, errors);
    }

    private static string Describe(CsvMalformedRecord bad) => bad.Reason switch
    {
        CsvMalformedReason.FieldCountMismatch => "The line has a different number of fields than the header",
        CsvMalformedReason.UnterminatedQuote or CsvMalformedReason.LineBreakInQuotes => "The line has an unclosed quote",
        _ => "The line has a stray quote",
    };

    private static IEnumerable<ImportRowError> HeaderProblems(string[] columns)
    {
        foreach (var missing in Required.Except(columns))
            yield return new ImportRowError(1, missing, $"The header has no '{missing}' column");
        foreach (var unknown in columns.Except(Required).Except(Optional))
            yield return new ImportRowError(1, unknown, $"Unknown column '{unknown}'; allowed: {string.Join(", ", Required.Concat(Optional))}");
        foreach (var twice in columns.GroupBy(c => c).Where(g => g.Count() > 1))
            yield return new ImportRowError(1, twice.Key, $"The column '{twice.Key}' appears twice");
    }

    private static InventoryCsvRow ToRow(CsvReader reader, string[] columns)
    {
        string? Field(string name) => Array.IndexOf(columns, name) is >= 0 and var i && reader.GetString(i) is { Length: > 0 } value ? value : null;
        return new InventoryCsvRow((int)reader.LineNumber, Field("name"), Field("sku"), Field("quantity"), Field("price"), Field("barcode"),
            Field("barcode_format"), Field("low_stock_threshold"), Field("reorder_point"));
    }
}

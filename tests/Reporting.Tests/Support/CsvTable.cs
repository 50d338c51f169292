using CsvHelper;

namespace QommerceHub.Reporting.Tests.Support;

/// <summary>A downloaded CSV read back by header name.</summary>
public sealed class CsvTable
{
    private CsvTable(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyDictionary<string, string>> rows)
    {
        Header = header;
        Rows = rows;
    }

    public IReadOnlyList<string> Header { get; }
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Rows { get; }

    public static CsvTable Parse(byte[] content)
    {
        using var reader = CsvReader.Create(content);
        reader.ReadHeader();
        var header = reader.Headers.ToList();
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (reader.Read())
            rows.Add(header.Select((name, i) => (name, Value: reader.GetString(i))).ToDictionary(x => x.name, x => x.Value));
        return new CsvTable(header, rows);
    }

    public IReadOnlyDictionary<string, string> Row(string column, string value) => Rows.Single(r => r[column] == value);
}

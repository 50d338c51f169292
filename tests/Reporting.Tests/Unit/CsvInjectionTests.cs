using System.Text;
using QommerceHub.Reporting.Exports;

namespace QommerceHub.Reporting.Tests.Unit;

public sealed class CsvInjectionTests
{
    [Fact]
    public async Task Text_that_a_spreadsheet_would_run_gets_a_leading_apostrophe_and_numbers_stay_numbers()
    {
        using var output = new MemoryStream();
        await using (var csv = CsvExportWriter.Create(output))
        {
            foreach (var text in new[] { "=1+2", "+SUM(A1)", "-2+3", "@cmd", "\tTAB", "\rCR", "plain", "a=b" }) csv.WriteField(text);
            csv.WriteField(-5m, CsvExportWriter.MoneyFormat);
            await csv.EndRecordAsync(CancellationToken.None);
        }

        var line = Encoding.UTF8.GetString(output.ToArray()).TrimStart('\uFEFF').TrimEnd('\r', '\n');
        Assert.Equal("\"'=1+2\",\"'+SUM(A1)\",\"'-2+3\",\"'@cmd\",\"'\tTAB\",\"'\rCR\",plain,a=b,-5.00", line);
    }
}

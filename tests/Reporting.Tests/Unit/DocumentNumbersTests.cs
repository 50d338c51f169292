using QommerceHub.Reporting.Model;

namespace QommerceHub.Reporting.Tests.Unit;

public sealed class DocumentNumbersTests
{
    [Theory]
    [InlineData(DocumentKind.Invoice, 1, "INV-000001")]
    [InlineData(DocumentKind.Invoice, 123456, "INV-123456")]
    [InlineData(DocumentKind.CreditNote, 42, "CN-000042")]
    public void Numbers_have_a_prefix_per_kind_and_six_digits(DocumentKind kind, int sequence, string expected) =>
        Assert.Equal(expected, DocumentNumbers.Format(kind, sequence));

    [Fact]
    public void Sequences_start_at_one() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DocumentNumbers.Format(DocumentKind.Invoice, 0));

    [Theory]
    [InlineData("INV-000001", DocumentKind.Invoice)]
    [InlineData("CN-000042", DocumentKind.CreditNote)]
    [InlineData("CN-000000", null)]
    [InlineData("CN-42", null)]
    [InlineData("cn-000042", null)]
    [InlineData("XX-000001", null)]
    [InlineData(null, null)]
    public void Only_well_formed_numbers_have_a_kind(string? number, DocumentKind? kind) =>
        Assert.Equal(kind, DocumentNumbers.KindOf(number));

    [Fact]
    public void File_names_say_what_the_document_is()
    {
        Assert.Equal("invoice-INV-000007.pdf", DocumentNumbers.FileName(DocumentKind.Invoice, "INV-000007"));
        Assert.Equal("credit-note-CN-000002.pdf", DocumentNumbers.FileName(DocumentKind.CreditNote, "CN-000002"));
    }
}

using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.Orders.Tests.Unit;

public sealed class PageTotalTests
{
    [Theory]
    [InlineData(1, 0, 0)]
    [InlineData(1, 7, 7)]
    [InlineData(3, 4, 24)]
    public async Task A_page_that_is_not_full_ends_the_list_and_needs_no_count(int page, int rowsOnPage, int total)
    {
        var counted = false;
        var answer = await new PageRequest(page, 10).TotalAsync(rowsOnPage, () => { counted = true; return Task.FromResult(-1); });
        Assert.Equal((total, false), (answer, counted));
    }

    [Theory]
    [InlineData(1, 10)]
    [InlineData(4, 10)]
    [InlineData(5, 0)]
    public async Task A_full_page_or_one_past_the_end_is_counted(int page, int rowsOnPage)
    {
        Assert.Equal(42, await new PageRequest(page, 10).TotalAsync(rowsOnPage, () => Task.FromResult(42)));
    }
}

using System.Globalization;

namespace QommerceHub.ServiceDefaults.Http;

/// <summary>
/// The public API's paging: <c>page</c> from 1 (default 1) and <c>limit</c> clamped to 1–100 (default 10). Like the
/// original API it is lenient: a value that is not a number falls back to the default instead of a 400.
/// </summary>
public sealed record PageRequest(int Page, int Limit)
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 100;
    // Keeps (Page - 1) * Limit inside an int, so a huge page reads as an empty page rather than overflowing.
    private const int MaxPage = int.MaxValue / MaxLimit;

    public int Skip => (Page - 1) * Limit;

    public static PageRequest Read(string? page, string? limit, int defaultLimit = DefaultLimit) =>
        new(Math.Clamp(Number(page) ?? 1, 1, MaxPage), Math.Clamp(Number(limit) ?? defaultLimit, 1, MaxLimit));

    /// <summary>
    /// The list's total, given this page's rows: a page that is not full ends the list (unless it is past the end), so
    /// its total is known without counting; otherwise <paramref name="count"/> counts. A search for a name or an email
    /// usually finds fewer rows than a page, and is then one index scan instead of two.
    /// </summary>
    public async Task<int> TotalAsync(int rowsOnPage, Func<Task<int>> count) =>
        rowsOnPage < Limit && (rowsOnPage > 0 || Page == 1) ? Skip + rowsOnPage : await count();

    public PageAnswer<T> Answer<T>(IReadOnlyList<T> items, int total) =>
        new(items, new Pagination(Page, Limit, total, (total + Limit - 1) / Limit));

    private static int? Number(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        if (int.TryParse(raw.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) return value;
        // Past int's range: a huge number is still "as far as it goes", not a default.
        return long.TryParse(raw.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var big)
            ? big > 0 ? int.MaxValue : int.MinValue
            : null;
    }
}

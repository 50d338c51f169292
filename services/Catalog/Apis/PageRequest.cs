using System.Globalization;
using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.Catalog.Apis;

/// <summary>The seed's paging: <c>page</c> from 1 and <c>limit</c> up to 100.</summary>
public sealed record PageRequest(int Page, int Limit)
{
    public const int MaxLimit = 100;

    public int Skip => (Page - 1) * Limit;

    public int TotalPages(int total) => (total + Limit - 1) / Limit;

    public static PageRequest Read(FieldErrors errors, string? page, string? limit, int defaultLimit = 20) =>
        new(Number(errors, "page", page, 1, int.MaxValue / MaxLimit) ?? 1, Number(errors, "limit", limit, 1, MaxLimit) ?? defaultLimit);

    private static int? Number(FieldErrors errors, string field, string? raw, int min, int max)
    {
        if (string.IsNullOrEmpty(raw)) return null;
        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        errors.Add(field, $"{char.ToUpperInvariant(field[0])}{field[1..]} must be a whole number from {min} to {max}");
        return null;
    }
}

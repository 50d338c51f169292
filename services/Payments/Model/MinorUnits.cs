namespace QommerceHub.Payments.Model;

/// <summary>
/// Converts between the shop's decimal amounts and the integer minor units providers charge in
/// (cents; whole yen for zero-decimal currencies).
/// </summary>
public static class MinorUnits
{
    // Stripe's zero-decimal currencies: their amounts are sent without a factor of 100.
    private static readonly HashSet<string> zeroDecimal = new(StringComparer.OrdinalIgnoreCase)
    {
        "BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF",
    };

    public static int DecimalPlaces(string currency) => zeroDecimal.Contains(currency) ? 0 : 2;

    /// <summary>True when the amount has no more decimals than the currency allows, so nothing is rounded away.</summary>
    public static bool IsExact(decimal amount, string currency) =>
        decimal.Round(amount, DecimalPlaces(currency)) == amount;

    public static long From(decimal amount, string currency) =>
        (long)decimal.Round(amount * Factor(currency), 0, MidpointRounding.AwayFromZero);

    public static decimal ToAmount(long minorUnits, string currency) => minorUnits / Factor(currency);

    private static decimal Factor(string currency) => DecimalPlaces(currency) == 0 ? 1m : 100m;
}

namespace QommerceHub.Analytics.Benchmark;

/// <summary>
/// A deterministic, skewed store: a few products and customers sell far more than the rest (u² picks), orders
/// have 1–4 lines of 1–3 units, 5 % are cancelled and 2 % of the others are partly refunded.
/// </summary>
public sealed class SyntheticShop(BenchmarkOptions options, int seed = 42)
{
    private readonly Random random = new(seed);

    public static decimal PriceOf(int productId) => 1m + productId * 7919 % 20000 / 100m;

    public int PickProduct() => 1 + (int)(options.Products * Math.Pow(random.NextDouble(), 2));

    public int PickCustomer() => 1 + (int)(options.Customers * Math.Pow(random.NextDouble(), 2));

    public (int ProductId, int Quantity)[] PickLines()
    {
        var lines = new (int, int)[1 + random.Next(4)];
        for (var i = 0; i < lines.Length; i++) lines[i] = (Math.Min(PickProduct(), options.Products), 1 + random.Next(3));
        return lines;
    }

    public (string Status, bool Cancelled, bool Refunded) PickOutcome()
    {
        var r = random.NextDouble();
        var status = r < 0.05 ? "cancelled" : r < 0.12 ? "pending" : r < 0.25 ? "processing" : "completed";
        return (status, status == "cancelled", status != "cancelled" && random.NextDouble() < 0.02);
    }

    public int Next(int maxExclusive) => random.Next(maxExclusive);

    public double NextDouble() => random.NextDouble();
}

namespace QommerceHub.FaultAndAbuse;

/// <summary>One printed figure; an audit figure must be 0, an informative one (Expected null) only says how much.</summary>
public sealed record Figure(string Name, long Value, long? Expected = 0)
{
    public bool Holds => Expected is null || Value == Expected;

    public static Figure Info(string name, long value) => new(name, value, null);

    public string Row() => $"| {Name} | {Value} | {(Expected is { } e ? e.ToString(System.Globalization.CultureInfo.InvariantCulture) : "—")} |";
}

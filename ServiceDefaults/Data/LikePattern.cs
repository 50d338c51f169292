namespace QommerceHub.ServiceDefaults.Data;

/// <summary>User text inside a LIKE or ILIKE pattern, so its % and _ match themselves (escaped with <see cref="EscapeCharacter"/>).</summary>
public static class LikePattern
{
    public const string EscapeCharacter = @"\";

    public static string Literal(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);

    public static string Containing(string text) => $"%{Literal(text)}%";
}

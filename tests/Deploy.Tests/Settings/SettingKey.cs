using System.Text.RegularExpressions;

namespace QommerceHub.Deploy.Tests.Settings;

/// <summary>
/// One spelling for a configuration key wherever it is written: environment form (<c>A__B__0</c>) and
/// configuration form (<c>A:B:0</c>) agree, and array indexes become <c>&lt;n&gt;</c>.
/// </summary>
public static partial class SettingKey
{
    public static string Normalize(string key) =>
        string.Join(':', key.Replace("__", ":", StringComparison.Ordinal).Split(':').Select(s => Index().IsMatch(s) ? "<n>" : s));

    public static string[] Segments(string key) => Normalize(key).Split(':');

    public static string ToEnvironment(string key) => Normalize(key).Replace(":", "__", StringComparison.Ordinal);

    /// <summary>Read by ASP.NET Core or .NET itself, not by our code.</summary>
    public static bool IsFramework(string key) =>
        key.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || key.StartsWith("DOTNET_", StringComparison.Ordinal);

    [GeneratedRegex("^[0-9]+$")]
    private static partial Regex Index();
}

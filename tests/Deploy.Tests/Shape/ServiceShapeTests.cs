using System.Text.RegularExpressions;
using QommerceHub.Testing;

namespace QommerceHub.Deploy.Tests.Shape;

/// <summary>
/// The one service shape (<c>docs/service-shape.md</c>), read from every service's files, so a new service or a new
/// file cannot drift from it unnoticed.
/// </summary>
public sealed partial class ServiceShapeTests
{
    public static TheoryData<string> Services() => [.. ServiceFolders()];

    [Fact]
    public void Every_service_with_a_program_is_checked()
    {
        Assert.Equal(["Analytics", "Catalog", "Identity", "Notifications", "Orders", "Payments", "Reporting"], ServiceFolders());
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void The_program_is_the_shared_start_and_the_wiring_is_in_Extensions(string service)
    {
        Assert.Contains("ServiceApp.RunAsync<", Read(service, "Program.cs"));
        Assert.Contains("public static void AddApplicationServices(this IHostApplicationBuilder builder)", Read(service, "Extensions", "Extensions.cs"));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Handlers_leave_transactions_and_publishing_to_the_workflows_in_Services(string service)
    {
        var offenders = Files(service, "Apis").Where(file => Workflow().IsMatch(File.ReadAllText(file))).Select(Relative);
        Assert.Empty(offenders);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Consumers_dtos_and_entity_configurations_are_one_type_per_file(string service)
    {
        var crowded = new[] { "IntegrationEvents/EventHandling", "Apis/Dtos", "Infrastructure/EntityConfigurations" }
            .SelectMany(folder => Files(service, folder.Split('/')))
            .Where(file => TopLevelType().Count(File.ReadAllText(file)) > 1)
            .Select(Relative);
        Assert.Empty(crowded);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Consumers_live_in_EventHandling(string service)
    {
        var elsewhere = Files(service)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}EventHandling{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(file => Consumer().IsMatch(File.ReadAllText(file)))
            .Select(Relative);
        Assert.Empty(elsewhere);
    }

    private static List<string> ServiceFolders() =>
        [.. Directory.GetDirectories(Repository.PathOf("services"))
            .Where(folder => File.Exists(Path.Combine(folder, "Program.cs")))
            .Select(folder => Path.GetFileName(folder))
            .Order()];

    private static string Read(string service, params string[] path) => File.ReadAllText(Repository.PathOf(["services", service, .. path]));

    private static IEnumerable<string> Files(string service, params string[] folder)
    {
        var root = Repository.PathOf(["services", service, .. folder]);
        if (!Directory.Exists(root)) return [];
        return Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(file => !Regex.IsMatch(file, @"[/\\](bin|obj|Migrations)[/\\]"));
    }

    private static string Relative(string file) => Path.GetRelativePath(Repository.Root, file);

    [GeneratedRegex(@"BeginTransactionAsync\(|\.Publish\(|PublishAllAsync\(")]
    private static partial Regex Workflow();

    [GeneratedRegex(@"^(public|internal) (sealed |abstract |static |readonly )*(partial )?(class|record|struct|enum|interface) ", RegexOptions.Multiline)]
    private static partial Regex TopLevelType();

    [GeneratedRegex(@"^\s*: Idempotent(Batch)?Consumer<", RegexOptions.Multiline)]
    private static partial Regex Consumer();
}

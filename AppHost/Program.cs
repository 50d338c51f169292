using QommerceHub.AppHost;
using QommerceHub.AppHost.Local;

var builder = DistributedApplication.CreateBuilder(args);

// Run mode: Debian's PostgreSQL and RabbitMQ and npm's maildev as local processes; publish mode: Aspire's integrations.
var infrastructure = builder.ExecutionContext.IsRunMode
    ? builder.AddLocalInfrastructure(LocalSettings.From(builder))
    : builder.AddPublishedInfrastructure();
builder.AddQommerceHubServices(infrastructure);

if (builder.ExecutionContext.IsRunMode)
{
    builder.AddPortPreflight();
    ResourceStateReporter.AddResourceStateReporter(builder);
}

await using var app = builder.Build();
return await app.RunReportingStartupErrorsAsync();

using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace QommerceHub.Testing;

/// <summary>
/// One service in-process over the fixture's real PostgreSQL and RabbitMQ, trusting <see cref="TestTokens"/>.
/// </summary>
public sealed class ServiceFactory<TEntryPoint>(
    InfrastructureFixture infrastructure, string service, string databaseConnectionString, IReadOnlyDictionary<string, string?> settings)
    : WebApplicationFactory<TEntryPoint> where TEntryPoint : class
{
    public InfrastructureFixture Infrastructure => infrastructure;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting($"ConnectionStrings:{service}db", databaseConnectionString);
        builder.UseSetting("ConnectionStrings:messaging", infrastructure.MessagingConnectionString);
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", infrastructure.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (key, value) in settings) builder.UseSetting(key, value);

        builder.ConfigureTestServices(services =>
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
            {
                // No Identity process in service tests: trust the test key instead of fetching a JWKS.
                o.ConfigurationManager = null;
                o.TokenValidationParameters.IssuerSigningKeys = [TestTokens.Key];
            }));
    }
}

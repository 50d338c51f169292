using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using QommerceHub.ServiceDefaults.Auth;
using QommerceHub.Testing;

namespace QommerceHub.Reporting.Benchmark;

/// <summary>
/// The Reporting service in this process behind real Kestrel on a free loopback port, on the benchmark's database
/// and broker, trusting tokens signed by the benchmark's own key (there is no Identity here).
/// </summary>
public sealed class ReportingUnderTest : WebApplicationFactory<ReportingService>
{
    private static readonly RsaSecurityKey key = new(RSA.Create(2048)) { KeyId = "benchmark" };
    private readonly InfrastructureFixture infrastructure;

    public ReportingUnderTest(InfrastructureFixture infrastructure)
    {
        this.infrastructure = infrastructure;
        UseKestrel(0);
    }

    public HttpClient ClientFor(int tenantId)
    {
        var client = CreateClient();
        client.Timeout = TimeSpan.FromMinutes(10);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TokenConventions.Issuer,
            Audience = TokenConventions.Audience,
            Expires = DateTime.UtcNow.AddHours(4),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
            Subject = new ClaimsIdentity(
            [
                new Claim("sub", "1"),
                new Claim(TokenConventions.TenantIdClaim, tenantId.ToString(CultureInfo.InvariantCulture)),
                new Claim(TokenConventions.RoleClaim, "owner"),
            ]),
        }));
        return client;
    }

    /// <summary>services/Reporting of the repository this benchmark was built in (for its appsettings.json).</summary>
    private static string ServiceDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "QommerceHub.sln"))) directory = directory.Parent;
        return directory is null ? AppContext.BaseDirectory : Path.Combine(directory.FullName, "services", "Reporting");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseContentRoot(ServiceDirectory());
        builder.UseSetting("ConnectionStrings:reportingdb", infrastructure.DatabaseFor("reporting"));
        builder.UseSetting("ConnectionStrings:messaging", infrastructure.MessagingConnectionString);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureTestServices(services =>
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
            {
                o.ConfigurationManager = null;
                o.TokenValidationParameters.IssuerSigningKeys = [key];
            }));
    }
}

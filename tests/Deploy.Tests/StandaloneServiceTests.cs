using System.Globalization;
using MassTransit;
using Npgsql;
using QommerceHub.Contracts;
using QommerceHub.Testing;
using QommerceHub.Testing.Hosting;

namespace QommerceHub.Deploy.Tests;

/// <summary>
/// Notifications started alone, as a platform team runs one service: its own database role, the broker and an SMTP
/// server, nothing of the AppHost, no other service. It serves HTTP and consumes a message another service would send.
/// </summary>
[Collection(InfrastructureFixture.Collection)]
public sealed class StandaloneServiceTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task Notifications_alone_migrates_with_migrate_only_then_serves_http_and_consumes_a_message()
    {
        // The init container's run: the database only; the broker address leads nowhere and is never dialled.
        await using (var migration = ServiceProcess.Start("Notifications", "Notifications",
            Settings(messaging: "amqp://guest:guest@127.0.0.1:1/"), "--migrate-only"))
        {
            var exitCode = await migration.WaitForExitAsync(TimeSpan.FromSeconds(90));
            Assert.True(exitCode == 0, migration.Output);
        }
        Assert.True(await MigratedAsync(), "--migrate-only left the notifications schema without its migrations");

        var port = FreePorts.Pick();
        await using var service = ServiceProcess.Start("Notifications", "Notifications",
            new Dictionary<string, string>(Settings(infrastructure.MessagingConnectionString))
            {
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            });
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        // /health answers the original API's JSON ({"status":"ok",...}) once the database and the broker are ready.
        var ready = await Eventually.Until(() => Probe(http, "/health", service), r => r.StartsWith("{\"status\":\"ok\"", StringComparison.Ordinal),
            TimeSpan.FromSeconds(90), "/health of the stand-alone service");
        Assert.Contains("\"database\":\"ok\"", ready, StringComparison.Ordinal);
        Assert.Equal("Healthy", await Probe(http, "/alive", service));

        var email = TestTenants.UniqueEmail("standalone");
        await PublishAsync(new EmailVerificationRequested
        {
            TenantId = TestTenants.Next(),
            Email = email,
            StoreName = "Standalone Shop",
            VerificationUrl = "http://shop.example.test/verify?token=abc",
        });

        var mail = await infrastructure.Inbox.WaitForAsync(email, "", TimeSpan.FromSeconds(60));
        Assert.Contains(mail.To, t => t.Address == email);
    }

    private Dictionary<string, string> Settings(string messaging) => new()
    {
        ["ConnectionStrings__notificationsdb"] = infrastructure.DatabaseFor("notifications"),
        ["ConnectionStrings__messaging"] = messaging,
        ["Smtp__Host"] = "127.0.0.1",
        ["Smtp__Port"] = infrastructure.SmtpPort.ToString(CultureInfo.InvariantCulture),
        ["PublicWebUrl"] = "http://shop.example.test",
    };

    private static async Task<string> Probe(HttpClient http, string path, ServiceProcess service)
    {
        if (service.HasExited) throw new InvalidOperationException($"The service exited with {service.ExitCode}:\n{service.Output}");
        try
        {
            return await http.GetStringAsync(path);
        }
        catch (HttpRequestException ex)
        {
            return ex.StatusCode?.ToString() ?? "not listening";
        }
    }

    private async Task<bool> MigratedAsync()
    {
        await using var connection = new NpgsqlConnection(infrastructure.DatabaseFor("notifications"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT to_regclass('notifications.__ef_migrations_history') IS NOT NULL", connection);
        return (bool)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Publishes as another service would: straight to the broker, through nothing of the test host.</summary>
    private async Task PublishAsync<T>(T message) where T : class
    {
        var broker = new Uri(infrastructure.MessagingConnectionString);
        var credentials = broker.UserInfo.Split(':', 2);
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(broker.Host, (ushort)broker.Port, "/", h =>
        {
            h.Username(Uri.UnescapeDataString(credentials[0]));
            h.Password(Uri.UnescapeDataString(credentials[1]));
        }));
        await bus.StartAsync();
        try
        {
            await bus.Publish(message);
        }
        finally
        {
            await bus.StopAsync();
        }
    }
}

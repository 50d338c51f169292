using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Live;
using QommerceHub.Contracts;
using QommerceHub.Analytics.Tests.Support;
using QommerceHub.ServiceDefaults.Tenancy;
using QommerceHub.Testing;
using static QommerceHub.Analytics.Tests.Support.SalesJson;

namespace QommerceHub.Analytics.Tests.Service;

/// <summary>The dashboard's Server-Sent Events stream.</summary>
public sealed class LiveUpdatesTests(InfrastructureFixture infrastructure, AnalyticsHost host) : AnalyticsApiTestBase(infrastructure, host)
{
    private static readonly TimeSpan wait = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task The_stream_announces_an_order_once_its_figures_are_visible()
    {
        var store = NewStore();
        using var stream = await EventStream.OpenAsync(store.Client);
        Assert.Equal("text/event-stream", stream.Response.Content.Headers.ContentType?.MediaType);

        var placedAt = Host.Clock.GetUtcNow().AddMinutes(-5);
        await Host.Bus.Publish(store.Events.Order(41, 1, "Ada", placedAt, new Line(3, "Bread", 1, 4.20m)));
        var (name, data) = await stream.NextEventAsync(wait);

        Assert.Equal(SalesUpdateStream.EventName, name);
        Assert.Equal("order_confirmed", data["reason"]!.GetValue<string>());
        Assert.Equal(41, data["order_id"]!.GetValue<int>());
        AssertRevenue((await store.SalesAsync("days=7"))["revenue"]!, 4.20m, 1, 4.20m);
    }

    [Fact]
    public async Task A_store_hears_only_about_its_own_figures()
    {
        var store = NewStore();
        var other = NewStore();
        using var stream = await EventStream.OpenAsync(store.Client);
        var placedAt = Host.Clock.GetUtcNow().AddMinutes(-5);

        await other.PublishAsync(other.Events.Order(900, 1, "Someone else", placedAt, new Line(3, "Bread", 1, 4.20m)));
        await store.PublishAsync(store.Events.Order(1, 1, "Ada", placedAt, new Line(3, "Bread", 2, 4.20m)));
        var (_, data) = await stream.NextEventAsync(wait);

        Assert.Equal(1, data["order_id"]!.GetValue<int>());
        AssertRevenue((await other.SalesAsync("days=7"))["revenue"]!, 4.20m, 1, 4.20m);
    }

    [Fact]
    public async Task An_update_is_heard_when_its_transaction_commits_and_never_when_it_rolls_back()
    {
        var store = NewStore();
        using var stream = await EventStream.OpenAsync(store.Client);

        await ProjectAsync(store.TenantId, orderId: 51, commit: false);
        await ProjectAsync(store.TenantId, orderId: 52, commit: true);
        var (_, data) = await stream.NextEventAsync(wait);

        // Updates travel through PostgreSQL's NOTIFY, which every instance hears, and only with a commit.
        Assert.Equal(52, data["order_id"]!.GetValue<int>());
    }

    [Fact]
    public async Task After_its_listening_connection_breaks_the_service_listens_again_and_tells_open_streams_to_refetch()
    {
        var store = NewStore();
        using var stream = await EventStream.OpenAsync(store.Client);

        // As a database restart or failover would: notices sent while it reconnects are lost, so streams refetch.
        await using (var superuser = new NpgsqlConnection(Infrastructure.SuperuserConnectionString))
        {
            await superuser.OpenAsync();
            await using var terminate = new NpgsqlCommand(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = @name", superuser);
            terminate.Parameters.AddWithValue("name", SalesUpdateListener.ApplicationName);
            Assert.Equal(1L, await terminate.ExecuteScalarAsync());
        }
        var (_, resync) = await stream.NextEventAsync(wait);
        await ProjectAsync(store.TenantId, orderId: 53, commit: true);
        var (_, next) = await stream.NextEventAsync(wait);

        Assert.Equal(SalesUpdateListener.ResyncReason, resync["reason"]!.GetValue<string>());
        Assert.Equal(53, next["order_id"]!.GetValue<int>());
    }

    /// <summary>A unit of work that announces one update, as a projection does, then commits or rolls back.</summary>
    private async Task ProjectAsync(int tenantId, int orderId, bool commit)
    {
        await using var scope = Host.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(tenantId);
        var db = scope.ServiceProvider.GetRequiredService<AnalyticsDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        scope.ServiceProvider.GetRequiredService<PendingSalesUpdates>().Add(tenantId, new SalesUpdate("order_confirmed", orderId));
        if (commit) await transaction.CommitAsync();
        else await transaction.RollbackAsync();
    }

    [Fact]
    public async Task A_quiet_stream_sends_a_heartbeat_comment()
    {
        var store = NewStore();
        using var stream = await EventStream.OpenAsync(store.Client);

        var heartbeat = stream.NextBlockAsync(wait);
        // The heartbeat waits on the service's clock; the wait may start a moment after the stream opened.
        await Eventually.Until(() =>
        {
            Host.Clock.Advance(TimeSpan.FromSeconds(16));
            return Task.FromResult(heartbeat.IsCompleted);
        }, done => done, wait, "a heartbeat");

        Assert.Equal([": heartbeat"], await heartbeat);
    }

    [Fact]
    public async Task The_stream_ends_when_its_token_expires()
    {
        using var client = Host.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(TestTenants.Next(), lifetime: TimeSpan.FromMinutes(2)));
        using var stream = await EventStream.OpenAsync(client);

        Host.Clock.Advance(TimeSpan.FromMinutes(3));

        await stream.WaitForEndAsync(wait);
    }

    [Fact]
    public async Task The_stream_ends_when_its_session_is_logged_out_or_its_token_revoked()
    {
        var tenantId = TestTenants.Next();
        var userId = Random.Shared.Next(1_000_000, int.MaxValue);
        using var client = Host.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(tenantId, userId: userId, lifetime: TimeSpan.FromDays(60)));
        using var stream = await EventStream.OpenAsync(client);

        // What Identity announces at logout or a password change: tokens below this version are no longer valid.
        await Host.Bus.Publish(new AccessRevoked
        {
            TenantId = tenantId, UserId = userId, ValidFromVersion = 1, ExpiresBy = Host.Clock.GetUtcNow().AddHours(1),
        });

        await stream.WaitForEndAsync(wait);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/analytics/inventory")).StatusCode);
    }

    [Fact]
    public async Task The_stream_needs_a_token()
    {
        using var anonymous = Host.Factory.CreateClient();
        var response = await anonymous.GetAsync("/api/analytics/stream");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

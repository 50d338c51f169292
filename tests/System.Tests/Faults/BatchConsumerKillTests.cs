using Npgsql;
using QommerceHub.Testing;

namespace QommerceHub.SystemTests.Faults;

/// <summary>
/// Replicas absorb Catalog's events in batches of one store's messages, each batch one transaction. A service killed
/// in the middle of an import loses the batch it was applying (never committed, never acknowledged); the broker
/// delivers it again and the inbox drops what was already applied, so every item ends up in every copy once.
/// </summary>
[Collection(SystemFixture.Collection)]
public sealed class BatchConsumerKillTests(SystemFixture system)
{
    private const int Items = 5_000;
    private static readonly string[] replicas = ["orders.products", "reporting.inventory_items", "analytics.products"];

    [Fact]
    public async Task A_replica_killed_while_absorbing_an_import_ends_with_every_item_once()
    {
        var owner = await new StoreAccounts(system).OpenStoreAsync("Batch Kill Shop");
        await ItemCsvImport.ImportAsync(system.Client(owner.Token), Items);
        await using var database = NpgsqlDataSource.Create(await system.SuperuserConnectionStringAsync());

        // The first committed batch shows Reporting is partway through; kill it there.
        var absorbedAtKill = await Eventually.Until(() => CountAsync(database, "reporting.inventory_items", owner.TenantId), count => count > 0,
            TimeSpan.FromMinutes(3), "Reporting to start absorbing the import");
        var killedPid = system.Kill("reporting");
        await system.WaitUntilBackAsync("reporting", killedPid, TimeSpan.FromMinutes(2));
        Assert.True(absorbedAtKill < Items, $"Reporting had absorbed all {Items} items before the kill; the test proved nothing");

        try
        {
            foreach (var replica in replicas)
            {
                await Eventually.Until(() => CountAsync(database, replica, owner.TenantId), count => count >= Items,
                    TimeSpan.FromMinutes(5), $"{replica} to hold every imported item");
                // One row per item (the key), each the item itself, not a placeholder left by a lost event.
                Assert.Equal(Items, await CountAsync(database, replica, owner.TenantId));
                Assert.Equal(Items, await CountAsync(database, replica, owner.TenantId, "AND name LIKE 'Item %'"));
            }
        }
        catch
        {
            system.SaveLogs("batch-consumer-kill");
            throw;
        }
    }

    private static async Task<long> CountAsync(NpgsqlDataSource database, string table, int tenantId, string condition = "")
    {
        // Table names and conditions are this test's constants.
        await using var command = database.CreateCommand($"SELECT count(*) FROM {table} WHERE tenant_id = $1 {condition}");
        command.Parameters.AddWithValue(tenantId);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

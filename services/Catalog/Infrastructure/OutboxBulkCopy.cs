using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using QommerceHub.Contracts;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Catalog.Infrastructure;

/// <summary>
/// Queues many events at once with COPY, in the caller's transaction. Columns come from the EF model of the
/// shared outbox table, so this follows ServiceDefaults if the table gains columns. COPY bypasses the change
/// tracker, so the dispatcher is not woken at commit: its next poll (at most half a second) sends these.
/// </summary>
public static class OutboxBulkCopy
{
    public static async Task PublishAllAsync(this CatalogDbContext db, IEnumerable<IntegrationEvent> events, CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(OutboxMessage))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Where(p => p.ValueGenerated != ValueGenerated.OnAdd).ToList();
        var columnList = string.Join(", ", columns.Select(c => $"\"{c.GetColumnName(table)}\""));

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException("Events are queued inside the caller's transaction");
        await using var importer = await connection.BeginBinaryImportAsync(
            $"COPY \"{table.Schema}\".\"{table.Name}\" ({columnList}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var message in events.Select(OutboxMessage.From))
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var column in columns)
                await WriteAsync(importer, column, column.GetGetter().GetClrValue(message), cancellationToken);
        }
        await importer.CompleteAsync(cancellationToken);
    }

    private static Task WriteAsync(NpgsqlBinaryImporter importer, IProperty column, object? value, CancellationToken cancellationToken)
    {
        if (value is null) return importer.WriteNullAsync(cancellationToken);
        // "character varying(300)" is written as "character varying": the length is the column's business.
        var type = column.GetColumnType();
        var parenthesis = type.IndexOf('(', StringComparison.Ordinal);
        return importer.WriteAsync(value, parenthesis < 0 ? type : type[..parenthesis], cancellationToken);
    }
}

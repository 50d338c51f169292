using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.ServiceDefaults.Data;

/// <summary>
/// Sets <c>app.tenant_id</c> on every connection a context opens, so PostgreSQL row-level
/// security policies guard tenant rows independently of EF Core's query filters.
/// </summary>
/// <remarks>
/// A unit of work whose first statement it writes itself (a consumer's inbox claim) sends the setting in that
/// statement's round trip instead: see <see cref="SetByFirstStatement"/>.
/// </remarks>
public sealed class TenantConnectionInterceptor(TenantContext tenant) : DbConnectionInterceptor
{
    private const string SetTenantSql = "select set_config('app.tenant_id', @tenant, false)";

    /// <summary>Connections whose next open skips the setting, because their first statement carries it.</summary>
    private static readonly ConditionalWeakTable<DbConnection, object> setByFirstStatement = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (setByFirstStatement.TryGetValue(connection, out _)) return;
        using var command = CreateCommand(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (setByFirstStatement.TryGetValue(connection, out _)) return;
        await using var command = CreateCommand(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Until the returned scope ends, an open of <paramref name="connection"/> sets nothing: the caller promises that
    /// its first statement starts with <see cref="SetTenantCommand"/>. A pooled connection still holds the previous
    /// user's store until then (connections are not reset), so nothing else may run on it first.
    /// </summary>
    internal static IDisposable SetByFirstStatement(DbConnection connection)
    {
        setByFirstStatement.AddOrUpdate(connection, connection);
        return new Release(connection);
    }

    /// <summary>The setting as the first command of a batch.</summary>
    internal static NpgsqlBatchCommand SetTenantCommand(TenantContext tenant) =>
        new(SetTenantSql) { Parameters = { new NpgsqlParameter<string>("tenant", TenantSetting(tenant)) } };

    private DbCommand CreateCommand(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = SetTenantSql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "tenant";
        parameter.Value = TenantSetting(tenant);
        command.Parameters.Add(parameter);
        return command;
    }

    /// <summary>No store is the empty string, which the policies read as null: no tenant row is visible.</summary>
    private static string TenantSetting(TenantContext tenant) => tenant.TenantId?.ToString(CultureInfo.InvariantCulture) ?? "";

    private sealed class Release(DbConnection connection) : IDisposable
    {
        public void Dispose() => setByFirstStatement.Remove(connection);
    }
}

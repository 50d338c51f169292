using Microsoft.EntityFrameworkCore.Storage;
using QommerceHub.Reporting.Infrastructure;
using QommerceHub.Reporting.Model;

namespace QommerceHub.Reporting.Invoices;

/// <summary>
/// Hands out the next number of a tenant's sequence. The upsert locks the tenant's counter row until the
/// transaction that stores the document ends: a rollback gives the number back, and concurrent issues queue
/// behind the lock, so numbers stay gapless and in order.
/// </summary>
public sealed class InvoiceNumberAllocator(ReportingDbContext db)
{
    public async Task<int> NextAsync(DocumentKind kind, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A document number is allocated inside the transaction that stores the document");
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO reporting.document_counters AS c (tenant_id, kind, last_number) VALUES (@tenant, @kind, 1)
            ON CONFLICT (tenant_id, kind) DO UPDATE SET last_number = c.last_number + 1
            RETURNING c.last_number
            """;
        AddParameter(command, "tenant", db.Tenant.Id);
        AddParameter(command, "kind", kind.ToString());
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void AddParameter(System.Data.Common.DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

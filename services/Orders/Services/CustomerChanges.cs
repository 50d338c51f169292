using Microsoft.EntityFrameworkCore;
using QommerceHub.Orders.Infrastructure;
using QommerceHub.Orders.IntegrationEvents.Events;
using QommerceHub.Orders.Model;
using QommerceHub.ServiceDefaults.Data;
using QommerceHub.ServiceDefaults.Tenancy;
using QommerceHub.ServiceDefaults.Workflows;

namespace QommerceHub.Orders.Services;

/// <summary>
/// The one way a store's customers change: created, edited or deleted, each announced to the other services in the
/// same transaction. Emails are unique among the store's current customers, whatever their case.
/// </summary>
public sealed class CustomerChanges(OrdersDbContext db, TenantContext tenant, TimeProvider clock)
{
    private const string DuplicateEmail = "Customer with this email already exists";

    public async Task<Outcome<Customer>> CreateAsync(CustomerFields fields, CancellationToken cancellationToken)
    {
        if (await EmailTakenAsync(fields.Email!, exceptId: null, cancellationToken)) return Outcome.Conflict<Customer>(DuplicateEmail);

        var now = clock.GetUtcNow();
        var customer = new Customer { TenantId = tenant.Id, Name = "", CreatedAt = now, UpdatedAt = now };
        fields.ApplyTo(customer);
        db.Customers.Add(customer);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The id goes into the event, so the row is written first.
        if (!await TrySaveAsync(cancellationToken)) return Outcome.Conflict<Customer>(DuplicateEmail);
        db.Publish(CustomerMessages.Created(customer));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome.Ok(customer);
    }

    public async Task<Outcome<Customer>> UpdateAsync(int customerId, CustomerFields fields, CancellationToken cancellationToken)
    {
        var customer = await FindAsync(customerId, cancellationToken);
        if (customer is null) return Outcome.NotFound<Customer>("Customer");
        if (fields.Email is not null && await EmailTakenAsync(fields.Email, customer.Id, cancellationToken)) return Outcome.Conflict<Customer>(DuplicateEmail);

        fields.ApplyTo(customer);
        customer.UpdatedAt = clock.GetUtcNow();
        db.Publish(CustomerMessages.Updated(customer));
        return await TrySaveAsync(cancellationToken) ? Outcome.Ok(customer) : Outcome.Conflict<Customer>(DuplicateEmail);
    }

    /// <summary>Soft delete: the customer disappears from lists, while their orders keep the name they were placed under.</summary>
    public async Task<Outcome<Customer>> DeleteAsync(int customerId, CancellationToken cancellationToken)
    {
        var customer = await FindAsync(customerId, cancellationToken);
        if (customer is null) return Outcome.NotFound<Customer>("Customer");

        customer.DeletedAt = clock.GetUtcNow();
        customer.UpdatedAt = customer.DeletedAt.Value;
        db.Publish(CustomerMessages.Deleted(customer));
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Ok(customer);
    }

    private Task<Customer?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Customers.FirstOrDefaultAsync(c => c.Id == id && c.DeletedAt == null, cancellationToken);

    private Task<bool> EmailTakenAsync(string email, int? exceptId, CancellationToken cancellationToken)
    {
        var wanted = LikePattern.Literal(email.Trim());
        return db.Customers.AnyAsync(c => c.DeletedAt == null && c.Id != exceptId && c.Email != null && EF.Functions.ILike(c.Email, wanted, LikePattern.EscapeCharacter), cancellationToken);
    }

    /// <summary>Saves; false when the unique index caught a duplicate email created at the same moment.</summary>
    private async Task<bool> TrySaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            return false;
        }
    }
}

using QommerceHub.Contracts;
using QommerceHub.Orders.Model;

namespace QommerceHub.Orders.IntegrationEvents.Events;

/// <summary>The Contracts messages that tell Analytics and Reporting about a store's customers.</summary>
internal static class CustomerMessages
{
    public static CustomerCreated Created(Customer customer) => new()
    {
        TenantId = customer.TenantId, CustomerId = customer.Id, Name = customer.Name, Email = customer.Email, Phone = customer.Phone, Address = customer.Address,
    };

    public static CustomerUpdated Updated(Customer customer) => new()
    {
        TenantId = customer.TenantId, CustomerId = customer.Id, Name = customer.Name, Email = customer.Email, Phone = customer.Phone, Address = customer.Address,
    };

    public static CustomerDeleted Deleted(Customer customer) => new() { TenantId = customer.TenantId, CustomerId = customer.Id };
}

namespace QommerceHub.Orders.Model;

/// <summary>
/// A customer's fields as a request sent them, already validated: a null field stays as it is; an empty email, phone
/// or address clears it.
/// </summary>
public sealed record CustomerFields(string? Name, string? Email, string? Phone, string? Address)
{
    public void ApplyTo(Customer customer)
    {
        if (Name is not null) customer.Name = Name.Trim();
        if (Email is not null) customer.Email = Optional(Email);
        if (Phone is not null) customer.Phone = Optional(Phone);
        if (Address is not null) customer.Address = Optional(Address);
    }

    public static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

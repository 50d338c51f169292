// Turns a reservation shortfall list into sentences a shop owner understands.
export function describeShortfalls(shortfalls, productsById = new Map()) {
  return shortfalls.map((shortfall) => {
    const id = shortfall.inventory_id ?? shortfall.product_id ?? shortfall.productId;
    const name = productsById.get(String(id))?.name ?? shortfall.product_name ?? shortfall.name ?? `Product #${id}`;
    const requested = shortfall.requested ?? shortfall.quantity;
    return `${name}: ${requested} wanted, only ${shortfall.available ?? 0} available.`;
  });
}

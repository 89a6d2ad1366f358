/** A list held whole in the browser: pages of `size` rows once it is longer than that, else one table. */
export function clientPagination(count: number, size = 50) {
  return count > size ? { pageSize: size, showSizeChanger: false } : (false as const);
}

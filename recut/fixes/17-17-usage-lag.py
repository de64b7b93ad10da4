R = [('mm/container.h', """ * @batch: the batch, see container_usage_batch()
 *
 * Sets @usage_lag with it, from the same value.
 */
static inline void container_set_usage_batch(struct container *c, int batch)
{
	WRITE_ONCE(c->usage_batch, batch);
	WRITE_ONCE(c->usage_lag, (long)(batch - 1) * num_possible_cpus());
}""", """ * @batch: the batch, see container_usage_batch()
 */
static inline void container_set_usage_batch(struct container *c, int batch)
{
	WRITE_ONCE(c->usage_batch, batch);
}""")]

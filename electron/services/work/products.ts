import type { MethodOutput } from '../../../shared/contract';
import { formatDateVN } from '../../../shared/domain/dates';
import type { ProductUnit } from '../../../shared/domain/vocabulary';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import type { Input } from '../training/input';
import { loadProduct } from './common';

/** Every product with the rate in force on the day asked and its rate history (oldest first). */
export function listProducts(ctx: Ctx, input: Input<'products.list'>): MethodOutput<'products.list'> {
  const on = input.on ?? ctx.today();
  const products = ctx.sqlite.prepare('SELECT id, name, unit, active FROM products ORDER BY name').all() as { id: number; name: string; unit: ProductUnit; active: number }[];
  const rates = ctx.sqlite.prepare('SELECT product_id AS productId, rate_dong AS rateDong, valid_from AS validFrom FROM product_rates ORDER BY valid_from').all() as {
    productId: number;
    rateDong: number;
    validFrom: string;
  }[];
  return {
    products: products
      .map((p) => {
        const history = rates.filter((r) => r.productId === p.id).map((r) => ({ rateDong: r.rateDong, validFrom: r.validFrom }));
        const current = history.filter((r) => r.validFrom <= on).at(-1) ?? null;
        return { id: p.id, name: p.name, unit: p.unit, active: p.active === 1, rateDong: current?.rateDong ?? null, rateFrom: current?.validFrom ?? null, rates: history };
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
  };
}

function insertRate(ctx: Ctx, productId: number, rateDong: number, validFrom: string): void {
  ctx.sqlite
    .prepare('INSERT INTO product_rates (product_id, rate_dong, valid_from, created_by) VALUES (?, ?, ?, ?)')
    .run(productId, rateDong, validFrom, ctx.user?.id ?? null);
}

export function createProduct(ctx: Ctx, input: Input<'products.create'>): MethodOutput<'products.create'> {
  const dup = ctx.sqlite.prepare('SELECT 1 FROM products WHERE name = ? COLLATE NOCASE').get(input.name);
  if (dup) throw new AppError('conflict', `Đã có sản phẩm / công việc tên "${input.name}": chọn tên khác.`, { field: 'name' });
  const { id } = ctx.sqlite.prepare('INSERT INTO products (name, unit) VALUES (?, ?) RETURNING id').get(input.name, input.unit) as { id: number };
  insertRate(ctx, id, input.rateDong, input.validFrom);
  ctx.audit({ entity: 'product', entityId: id, after: input });
  return { id };
}

export function setRate(ctx: Ctx, input: Input<'products.setRate'>): MethodOutput<'products.setRate'> {
  const p = loadProduct(ctx.sqlite, input.productId);
  const same = ctx.sqlite.prepare('SELECT rate_dong AS rateDong FROM product_rates WHERE product_id = ? AND valid_from = ?').get(p.id, input.validFrom) as { rateDong: number } | undefined;
  if (same) {
    throw new AppError('conflict', `${p.name} đã có đơn giá ${same.rateDong.toLocaleString('vi-VN')} đ từ ngày ${formatDateVN(input.validFrom)}: mỗi ngày chỉ một đơn giá.`, { field: 'validFrom' });
  }
  insertRate(ctx, p.id, input.rateDong, input.validFrom);
  ctx.audit({ entity: 'product', entityId: p.id, after: { rateDong: input.rateDong, validFrom: input.validFrom } });
  return { ok: true };
}


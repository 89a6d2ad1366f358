import { LoadingOutlined, SearchOutlined } from '@ant-design/icons';
import { Input } from 'antd';
import type { CSSProperties } from 'react';

interface Props {
  id: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  loading?: boolean;
  style?: CSSProperties;
  className?: string;
  'data-testid'?: string;
}

/**
 * A search box (role "searchbox") that searches as one types. Unlike Input.Search, its id and data-testid land on
 * the <input> itself, so labels and end-to-end tests reach it.
 */
export function SearchInput({ value, onChange, loading, ...rest }: Props) {
  return (
    <Input
      {...rest}
      type="search"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      prefix={loading ? <LoadingOutlined aria-hidden /> : <SearchOutlined aria-hidden />}
      allowClear
      autoComplete="off"
      spellCheck={false}
    />
  );
}

import { DeleteOutlined, EditOutlined, RollbackOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { deleteGoodModel, type GoodModel, updateGoodModel } from '../../api/good-models';
import { useErrorText } from '../../components/ErrorAlert';
import { PrintButton } from '../../components/Filters';
import { useForgetGoodModel, useStoreGoodModel } from './queries';

interface Props {
  model: GoodModel;
  /** The person writes for the model's unit (content.write on it or above it). */
  canWrite: boolean;
  onEdit: () => void;
}

/**
 * The model page's buttons: print for everyone; edit, publish or take back to draft, and delete (only while no
 * unit has adopted it) for its unit's writers.
 */
export function GoodModelCommands({ model, canWrite, onEdit }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const store = useStoreGoodModel();
  const forget = useForgetGoodModel();

  const setStatus = useMutation({
    mutationFn: (status: GoodModel['status']) =>
      updateGoodModel(model.id, { status, version: model.version }),
    onSuccess: (saved) => {
      store(saved);
      message.success(
        saved.status === 'published' ? t('goodModels.form.published') : t('goodModels.form.unpublished'),
      );
    },
    onError: (error) => message.error(errorText(error)),
  });

  const remove = useMutation({
    mutationFn: () => deleteGoodModel(model.id),
    onSuccess: () => {
      forget(model.id);
      message.success(t('goodModels.actions.deleted'));
      navigate('/good-models');
    },
    onError: (error) => message.error(errorText(error)),
  });

  const adopted = model.adoptionCount > 0;
  return (
    <Space wrap>
      {canWrite ? (
        <>
          <Button icon={<EditOutlined aria-hidden />} onClick={onEdit} data-testid="gm-edit">
            {t('common.edit')}
          </Button>
          {model.status === 'draft' ? (
            <Button
              type="primary"
              icon={<SendOutlined aria-hidden />}
              onClick={() => setStatus.mutate('published')}
              loading={setStatus.isPending}
              data-testid="gm-publish-now"
            >
              {t('goodModels.form.publish')}
            </Button>
          ) : (
            <Popconfirm
              title={t('goodModels.actions.unpublishConfirm')}
              okText={t('goodModels.form.toDraft')}
              cancelText={t('common.cancel')}
              onConfirm={() => setStatus.mutate('draft')}
            >
              <Button
                icon={<RollbackOutlined aria-hidden />}
                loading={setStatus.isPending}
                data-testid="gm-to-draft"
              >
                {t('goodModels.form.toDraft')}
              </Button>
            </Popconfirm>
          )}
          {adopted ? (
            // Kept reachable (a disabled button says nothing to a keyboard): pressing it says why it cannot be done.
            <Button
              danger
              icon={<DeleteOutlined aria-hidden />}
              onClick={() => message.warning(t('goodModels.actions.cannotDelete'))}
              data-testid="gm-delete"
            >
              {t('goodModels.actions.delete')}
            </Button>
          ) : (
            <Popconfirm
              title={t('goodModels.actions.deleteConfirm')}
              okText={t('goodModels.actions.delete')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={() => remove.mutate()}
            >
              <Button
                danger
                icon={<DeleteOutlined aria-hidden />}
                loading={remove.isPending}
                data-testid="gm-delete"
              >
                {t('goodModels.actions.delete')}
              </Button>
            </Popconfirm>
          )}
        </>
      ) : null}
      <PrintButton testId="gm-detail-print" />
    </Space>
  );
}

// In a node's details: the triangular arrangements it plays a role in, and which role.
import { useAtlas } from '../store/store.ts';
import { selectArrangements } from '../store/selectors.ts';
import { arrangementsOfNode } from '../analysis/triangular.ts';

export function NodeArrangements({ node }: { node: string }) {
  const graph = useAtlas((s) => s.graph)!;
  const arrangements = useAtlas(selectArrangements);
  const showArrangement = useAtlas((s) => s.showArrangement);
  const roles = arrangementsOfNode(arrangements, node);
  if (roles.length === 0) return null;
  return (
    <section aria-label="Triangular roles">
      <h3>In triangular arrangements</h3>
      <ul>
        {roles.map(({ arrangement, role }) => (
          <li key={`${arrangement.id}-${role}`}>
            <strong>{role === 'initiative' ? 'The initiative' : role.charAt(0).toUpperCase() + role.slice(1)}</strong>{' '}
            in{' '}
            <button type="button" className="link" onClick={() => showArrangement(arrangement)}>
              {graph.getNodeAttribute(arrangement.initiative, 'label')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

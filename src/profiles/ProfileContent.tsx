import type { Block, Inline, ProfileSection } from '../data/profileSchema';

/** Renders the profile's safe tree as React elements: text is always text, links only http(s). */

function Inlines({ nodes }: { nodes: Inline[] }) {
  return (
    <>
      {nodes.map((node, i) => {
        const key = `${node.type}-${i}`;
        switch (node.type) {
          case 'text':
            return <span key={key}>{node.value}</span>;
          case 'strong':
            return (
              <strong key={key}>
                <Inlines nodes={node.children} />
              </strong>
            );
          case 'emphasis':
            return (
              <em key={key}>
                <Inlines nodes={node.children} />
              </em>
            );
          case 'link':
            return /^https?:\/\//.test(node.href) ? (
              <a key={key} href={node.href} target="_blank" rel="noopener noreferrer">
                <Inlines nodes={node.children} />
              </a>
            ) : (
              <Inlines key={key} nodes={node.children} />
            );
          default:
            return null;
        }
      })}
    </>
  );
}

function BlockView({ block }: { block: Block }) {
  if (block.type === 'paragraph')
    return (
      <p>
        <Inlines nodes={block.children} />
      </p>
    );
  const items = block.items.map((item, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: list items have no identity beyond their position.
    <li key={i}>
      <Inlines nodes={item} />
    </li>
  ));
  return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
}

export function ProfileSections({ sections, headingId }: { sections: ProfileSection[]; headingId: string }) {
  return (
    <>
      {sections.map((section) => (
        <section
          key={section.id}
          className={`profile-section profile-${section.id}`}
          aria-labelledby={`${headingId}-${section.id}`}
        >
          <h3 id={`${headingId}-${section.id}`}>{section.title}</h3>
          {section.blocks.map((block, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: blocks are static content in document order.
            <BlockView key={i} block={block} />
          ))}
        </section>
      ))}
    </>
  );
}
